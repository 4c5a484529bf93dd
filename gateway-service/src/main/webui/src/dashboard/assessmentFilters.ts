// The dashboard's list of assessments as the URL states it (?page=2&task=…&status=scored&from=2026-01-01&to=…), so
// that a filtered page can be reloaded, bookmarked and gone back to. Pure: the URL and the API query both come from here.
import type { AssessmentListParams, AssessmentStatus } from '../api/types';

export const PAGE_SIZE = 20;

export const STATUS_FILTERS: readonly AssessmentStatus[] = ['pending', 'in_progress', 'submitted', 'scoring', 'scored', 'failed', 'abandoned'];

export interface AssessmentFilters {
  /** Counts from 0; the URL counts from 1. */
  page: number;
  taskId: string | null;
  status: AssessmentStatus | null;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: AssessmentFilters = { page: 0, taskId: null, status: null, from: null, to: null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in ISO form, or null (the server would refuse anything else). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** The filters in a query string; what is malformed there is ignored rather than sent to be refused. */
export function parseFilters(search: URLSearchParams): AssessmentFilters {
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const status = search.get('status');
  const task = search.get('task');
  return {
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    taskId: task && task.trim() ? task.trim() : null,
    status: status && (STATUS_FILTERS as readonly string[]).includes(status) ? (status as AssessmentStatus) : null,
    from: isoDate(search.get('from')),
    to: isoDate(search.get('to')),
  };
}

/** The query string of the filters, without what is at its default; other parameters are kept. */
export function filtersToSearch(filters: AssessmentFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const search = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value ? search.set(key, value) : search.delete(key));
  set('page', filters.page > 0 ? String(filters.page + 1) : null);
  set('task', filters.taskId);
  set('status', filters.status);
  set('from', filters.from);
  set('to', filters.to);
  return search;
}

/** A filter changed: back to the first page, whose range the old page may be past. */
export function withFilter(filters: AssessmentFilters, change: Partial<Omit<AssessmentFilters, 'page'>>): AssessmentFilters {
  return { ...filters, ...change, page: 0 };
}

export function hasFilters(filters: AssessmentFilters): boolean {
  return Boolean(filters.taskId || filters.status || filters.from || filters.to);
}

/** The API query of a page. */
export function listParams(filters: AssessmentFilters): AssessmentListParams {
  const params: AssessmentListParams = { limit: PAGE_SIZE, offset: filters.page * PAGE_SIZE };
  if (filters.taskId) params.taskId = filters.taskId;
  if (filters.status) params.status = filters.status;
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  return params;
}

export function pageCount(total: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "21–40 of 57"; "0 of 0" for nothing. */
export function rangeLabel(page: number, shown: number, total: number, pageSize: number = PAGE_SIZE): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  const first = page * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}

/** The distinct tasks of a list of attempts, by title, for the task filter. */
export function tasksOf(assessments: { taskId: string; taskTitle: string }[]): { id: string; title: string }[] {
  const byId = new Map<string, string>();
  for (const a of assessments) if (!byId.has(a.taskId)) byId.set(a.taskId, a.taskTitle);
  return [...byId.entries()].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
