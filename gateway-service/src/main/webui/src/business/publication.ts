import { toApiError } from '../api/client';
import type { Task } from '../api/types';

/** Where a task stands for candidates: what the status pill shows. */
export type Publication = 'draft' | 'invite-only' | 'public' | 'archived';

export const PUBLICATION_LABELS: Record<Publication, string> = {
  draft: 'Draft',
  'invite-only': 'Published · invite-only',
  public: 'Published · public',
  archived: 'Archived',
};

export const PUBLICATION_HINTS: Record<Publication, string> = {
  draft: 'Only you can see it. Publish it to invite candidates.',
  'invite-only': 'Only the candidates you invite can take it.',
  public: 'Listed in the public catalogue: anyone on Skills Lab can take it.',
  archived: 'Kept for the results of the candidates who took it; it can no longer be taken or changed.',
};

type PublicationFields = Pick<Task, 'status' | 'isPublic' | 'archivedAt'>;

/** `isPublic` only counts once a task is published; an archived task is archived whatever it was. */
export function publicationOf(task: PublicationFields): Publication {
  if (task.archivedAt) return 'archived';
  if (task.status === 'draft') return 'draft';
  return task.isPublic ? 'public' : 'invite-only';
}

export function isDraft(task: PublicationFields): boolean {
  return publicationOf(task) === 'draft';
}

/** Invitations need a published task that is not archived. */
export function canInviteTo(task: PublicationFields): boolean {
  const publication = publicationOf(task);
  return publication === 'invite-only' || publication === 'public';
}

export interface PublicationCounts {
  total: number;
  draft: number;
  published: number;
  public: number;
  archived: number;
}

export function countPublications(tasks: PublicationFields[]): PublicationCounts {
  const counts: PublicationCounts = { total: tasks.length, draft: 0, published: 0, public: 0, archived: 0 };
  for (const task of tasks) {
    const publication = publicationOf(task);
    if (publication === 'draft') counts.draft++;
    else if (publication === 'archived') counts.archived++;
    else {
      counts.published++;
      if (publication === 'public') counts.public++;
    }
  }
  return counts;
}

/** The error a refused publish shows: task-service names what is missing (a title, a description). */
export function publishErrorMessage(error: unknown): string {
  const apiError = toApiError(error);
  const named = (apiError.errors ?? []).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  if (named.length > 0) return `${apiError.detail || apiError.title} (${named.join('; ')})`;
  return apiError.detail ? `${apiError.title}: ${apiError.detail}` : apiError.title;
}
