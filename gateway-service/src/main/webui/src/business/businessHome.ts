import type { BusinessCandidate, Invitation, Task } from '../api/types';
import { canInviteTo, isDraft } from './publication';

/** How many rows each panel of the business home shows. */
export const HOME_ROWS = 5;

/**
 * The home's "Latest results": the newest work handed in. Without the status filter, invitations nobody has started
 * yet (listed under "Recent invitations" anyway) would push results out of the five rows.
 */
export const LATEST_RESULTS_QUERY = {
  sortBy: 'date',
  order: 'desc',
  size: HOME_ROWS,
  status: 'submitted,scoring,scored,failed',
} as const;

/** Live tasks first (newest first), archived ones after them. */
export function recentTasks(tasks: Task[], limit = HOME_ROWS): Task[] {
  const byNewest = (a: Task, b: Task) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '');
  const live = tasks.filter((t) => !t.archivedAt).sort(byNewest);
  const archived = tasks.filter((t) => t.archivedAt).sort(byNewest);
  return [...live, ...archived].slice(0, limit);
}

/** Newest activity first: a resend counts as the invitation's latest sending. */
export function recentInvitations(invitations: Invitation[], limit = HOME_ROWS): Invitation[] {
  const when = (i: Invitation) => i.lastSentAt ?? i.sentAt ?? '';
  return [...invitations].sort((a, b) => when(b).localeCompare(when(a))).slice(0, limit);
}

/** The report of a candidate row, once it is scored. */
export function candidateReportPath(candidate: Pick<BusinessCandidate, 'assessmentId' | 'status'>): string | null {
  if (!candidate.assessmentId || candidate.status !== 'scored') return null;
  return `/results/${encodeURIComponent(candidate.assessmentId)}`;
}

export interface StartStep {
  key: 'create' | 'publish' | 'invite';
  done: boolean;
}

/** The three steps from nothing to a first result; the home shows them until all are done. */
export function gettingStarted(tasks: Task[], invitations: Invitation[]): StartStep[] {
  return [
    { key: 'create', done: tasks.length > 0 },
    { key: 'publish', done: tasks.some(canInviteTo) || invitations.length > 0 },
    { key: 'invite', done: invitations.length > 0 },
  ];
}

/**
 * What "Invite candidate" at the top of the home does: the invite form when a task can take invitations; with only
 * drafts, the newest draft (which asks to be published first); nothing without any live task.
 */
export function inviteTarget(tasks: Task[]): { kind: 'choose' } | { kind: 'draft'; task: Task } | { kind: 'none' } {
  if (tasks.some(canInviteTo)) return { kind: 'choose' };
  const draft = recentTasks(tasks.filter((t) => isDraft(t)), 1)[0];
  return draft ? { kind: 'draft', task: draft } : { kind: 'none' };
}
