import { Archive, Globe, Lock, PencilLine } from 'lucide-react';
import type { Task } from '../api/types';
import { formatDate } from '../shared/format';
import { PUBLICATION_HINTS, PUBLICATION_LABELS, publicationOf, type Publication } from './publication';

const ICONS: Record<Publication, typeof Globe> = {
  draft: PencilLine,
  'invite-only': Lock,
  public: Globe,
  archived: Archive,
};

/** Draft / Published · invite-only / Published · public / Archived. */
export function TaskStatusPill({ task }: { task: Pick<Task, 'status' | 'isPublic' | 'archivedAt' | 'publishedAt'> }) {
  const publication = publicationOf(task);
  const Icon = ICONS[publication];
  const when =
    publication === 'archived' ? ` Archived ${formatDate(task.archivedAt)}.` : task.publishedAt && publication !== 'draft' ? ` Published ${formatDate(task.publishedAt)}.` : '';
  return (
    <span
      className={`pill pill-publication pill-${publication}`}
      data-testid="task-state"
      data-publication={publication}
      title={`${PUBLICATION_HINTS[publication]}${when}`}
    >
      <Icon size={13} aria-hidden="true" />
      {PUBLICATION_LABELS[publication]}
    </span>
  );
}
