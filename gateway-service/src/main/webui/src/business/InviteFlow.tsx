import { useState } from 'react';
import type { CreatedInvitation, Task, TaskDetail } from '../api/types';
import { InviteDialog } from './InviteDialog';
import { PublishDialog } from './PublishDialog';
import { isDraft } from './publication';

/**
 * "Invite candidate" on one task: a draft first asks to be published (drafts cannot be invited to), then the
 * invite form opens on the published task.
 */
export function InviteFlow({
  task,
  onClose,
  onPublished,
  onSent,
}: {
  /** The task to invite to; null: closed. */
  task: Task | null;
  onClose: () => void;
  onPublished?: (task: TaskDetail) => void;
  onSent?: (invitation: CreatedInvitation) => void;
}) {
  const [published, setPublished] = useState<Task | null>(null);

  // What was published belongs to the task it was published for.
  const taskId = task?.id;
  const [publishedFor, setPublishedFor] = useState(taskId);
  if (taskId !== publishedFor) {
    setPublishedFor(taskId);
    setPublished(null);
  }

  if (!task) return null;
  const current = published ?? task;
  if (isDraft(current)) {
    return (
      <PublishDialog
        open
        task={current}
        purpose="invite"
        onClose={onClose}
        onPublished={(next) => {
          setPublished(next);
          onPublished?.(next);
        }}
      />
    );
  }
  return <InviteDialog open task={current} onClose={onClose} onSent={onSent} />;
}
