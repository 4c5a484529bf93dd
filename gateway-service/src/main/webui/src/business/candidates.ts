import type { BusinessCandidate, BusinessCandidateQuery, CandidateSort, ReviewStage } from '../api/types';

/** Rows per page of the candidate list. */
export const CANDIDATES_PAGE_SIZE = 20;

/** The compare view takes two to five scored attempts. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

export const REVIEW_STAGES: ReviewStage[] = ['new', 'shortlisted', 'interview', 'rejected', 'hired'];

export const STAGE_LABELS: Record<ReviewStage, string> = {
  new: 'New',
  shortlisted: 'Shortlisted',
  interview: 'Interview',
  rejected: 'Rejected',
  hired: 'Hired',
};

/** The statuses the list can be filtered by: an attempt's, or an invitation's while nobody started. */
export const ATTEMPT_STATUS_FILTERS = ['pending', 'in_progress', 'submitted', 'scoring', 'scored', 'failed', 'abandoned'] as const;
export const INVITATION_STATUS_FILTERS = ['sent', 'expired', 'cancelled'] as const;

/** What the integrity codes of a score report mean, in a few words; unknown codes are shown as they are. */
export const INTEGRITY_FLAG_LABELS: Record<string, string> = {
  conftest: 'conftest.py in the workspace',
  sitecustomize: 'sitecustomize module',
  'pth-file': '.pth file',
  'forged-results': 'Forged test results',
  'framework-patched': 'Test framework patched',
  'stdlib-shadowing': 'Standard library shadowed',
  'evidence-incomplete': 'Evidence incomplete',
  'activity-dropped': 'Activity dropped',
  'manipulation-attempts': 'Prompts aimed at the score',
  'notes-addressed-to-scoring': 'Notes addressed to scoring',
  'keyword-stuffing': 'Keyword stuffing',
};

/** Signals that say the record is incomplete rather than that the candidate tried something. */
const NOTICE_FLAGS = new Set(['evidence-incomplete', 'activity-dropped']);

export function flagSeverity(flag: string): 'warning' | 'notice' {
  return NOTICE_FLAGS.has(flag) ? 'notice' : 'warning';
}

export function flagLabel(flag: string): string {
  return INTEGRITY_FLAG_LABELS[flag] ?? flag;
}

export interface CandidateListQuery extends Required<Pick<BusinessCandidateQuery, 'sortBy' | 'order' | 'page'>> {
  taskId: string;
  status: string;
  stage: string;
  q: string;
}

const SORTS: CandidateSort[] = ['score', 'date', 'name'];

/** The list's query from the page's address; anything unknown falls back to the newest first. */
export function queryFromParams(params: URLSearchParams): CandidateListQuery {
  const sortBy = params.get('sortBy');
  const order = params.get('order');
  const page = Number(params.get('page') ?? 0);
  return {
    taskId: params.get('taskId') ?? '',
    status: params.get('status') ?? '',
    stage: params.get('stage') ?? '',
    q: params.get('q') ?? '',
    sortBy: SORTS.includes(sortBy as CandidateSort) ? (sortBy as CandidateSort) : 'date',
    order: order === 'asc' || order === 'desc' ? order : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };
}

/** What the API is asked: empty filters left out. */
export function apiQuery(query: CandidateListQuery): BusinessCandidateQuery {
  return {
    taskId: query.taskId || undefined,
    status: query.status || undefined,
    stage: query.stage || undefined,
    q: query.q.trim() || undefined,
    sortBy: query.sortBy,
    order: query.order,
    page: query.page,
    size: CANDIDATES_PAGE_SIZE,
  };
}

/**
 * A click on a column header: the same column flips its order, another starts with the order people expect of it
 * (best score and newest first, names from A).
 */
export function nextSort(
  current: Pick<CandidateListQuery, 'sortBy' | 'order'>,
  column: CandidateSort,
): Pick<CandidateListQuery, 'sortBy' | 'order'> {
  if (current.sortBy === column) return { sortBy: column, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sortBy: column, order: column === 'name' ? 'asc' : 'desc' };
}

export function pageCount(total: number, size = CANDIDATES_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** "21–40 of 57" */
export function rangeLabel(page: number, shown: number, total: number, size = CANDIDATES_PAGE_SIZE): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  const first = page * size + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}

/** Only scored attempts can be compared. */
export function canCompare(candidate: Pick<BusinessCandidate, 'assessmentId' | 'status'>): boolean {
  return candidate.assessmentId !== null && candidate.status === 'scored';
}

/** Adds or removes an id; nothing is added past the compare view's limit. */
export function toggleSelection(selected: string[], id: string, max = COMPARE_MAX): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= max ? selected : [...selected, id];
}

export function comparePath(ids: string[]): string {
  return `/business/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The business's view of a candidate's report. */
export function businessReportPath(candidate: Pick<BusinessCandidate, 'assessmentId' | 'status'>): string | null {
  if (!candidate.assessmentId || candidate.status !== 'scored') return null;
  return `/business/reports/${encodeURIComponent(candidate.assessmentId)}`;
}

/** The day as the server names export files: `YYYY-MM-DD` in UTC. */
function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The export's file name: the server's when it gives one (`Content-Disposition`), else the same pattern,
 * `candidates-<taskId|all-tasks>-<date>.csv`.
 */
export function csvFileName(serverName: string | null | undefined, taskId: string | undefined, now = new Date()): string {
  const given = serverName?.trim().split(/[\\/]/).pop();
  if (given) return given.toLowerCase().endsWith('.csv') ? given : `${given}.csv`;
  const scope = taskId?.trim() ? taskId.trim().replace(/[^\w.-]+/g, '-') : 'all-tasks';
  return `candidates-${scope}-${isoDay(now)}.csv`;
}

/** 0.42 → "42%"; null when unknown. */
export function percent(share: number | null | undefined, digits = 0): string | null {
  if (share === null || share === undefined || !Number.isFinite(share)) return null;
  return `${(share * 100).toFixed(digits)}%`;
}

/** Replaces one row everywhere it is shown (an optimistic review, or the server's answer to it). */
export function withRow<T extends { assessmentId?: string | null }>(rows: T[], assessmentId: string, change: Partial<T>): T[] {
  return rows.map((row) => (row.assessmentId === assessmentId ? { ...row, ...change } : row));
}
