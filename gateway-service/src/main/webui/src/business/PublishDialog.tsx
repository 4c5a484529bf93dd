import { Globe, Lock, Rocket } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { Task, TaskDetail } from '../api/types';
import { Button } from '../shared/Button';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/useToast';
import { isDraft, publishErrorMessage } from './publication';

export type PublishPurpose = 'publish' | 'invite';

type PublishableTask = Pick<Task, 'id' | 'title' | 'status' | 'isPublic' | 'archivedAt'>;

const AUDIENCES = [
  {
    isPublic: false,
    testId: 'publish-invite-only',
    icon: Lock,
    title: 'Only people you invite',
    detail: 'Candidates take it from their personal invitation link. It is not listed anywhere.',
  },
  {
    isPublic: true,
    testId: 'publish-public',
    icon: Globe,
    title: 'Anyone on Skills Lab — listed in the public catalogue',
    detail: 'Every Skills Lab user can find and take it. You can still invite people to it.',
  },
] as const;

/**
 * Publishes a draft after asking who may take it; for a published task, changes that choice. With purpose
 * `invite` it explains that a draft cannot be invited to. `beforePublish` runs first (the wizard saves there).
 */
export function PublishDialog({
  open,
  task,
  purpose = 'publish',
  onClose,
  onPublished,
  beforePublish,
}: {
  open: boolean;
  task: PublishableTask | null;
  purpose?: PublishPurpose;
  onClose: () => void;
  onPublished: (task: TaskDetail) => void;
  beforePublish?: () => Promise<boolean>;
}) {
  const toast = useToast();
  const [isPublic, setIsPublic] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const draft = task ? isDraft(task) : true;

  // Opening the dialog, or a change of its task while open, starts from the task's current visibility.
  const formKey = open ? `${task?.id ?? ''}:${task?.isPublic ?? false}` : null;
  const [formFor, setFormFor] = useState<string | null>(null);
  if (formKey !== formFor) {
    setFormFor(formKey);
    if (open) {
      setIsPublic(task?.isPublic ?? false);
      setError(null);
    }
  }

  if (!task) return null;

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      if (beforePublish && !(await beforePublish())) {
        setError('Your changes could not be saved: fix them, then publish.');
        return;
      }
      const published = await api.publishTask(task.id, isPublic);
      toast.show({
        kind: 'success',
        title: draft ? `“${published.title}” is published` : 'Who can take it was updated',
        detail: published.isPublic ? 'It is listed in the public catalogue.' : 'Only the candidates you invite can take it.',
      });
      onPublished(published);
    } catch (err) {
      setError(publishErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const confirmLabel = !draft ? 'Save' : purpose === 'invite' ? 'Publish and invite' : 'Publish';

  return (
    <Modal
      open={open}
      title={draft && purpose === 'invite' ? 'Publish the task first' : draft ? `Publish “${task.title}”` : `Who can take “${task.title}”?`}
      onClose={onClose}
      busy={busy}
      testId="publish-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={busy} data-testid="publish-cancel">
            Cancel
          </Button>
          <Button variant="primary" loading={busy} onClick={() => void publish()} icon={draft ? <Rocket size={16} aria-hidden="true" /> : undefined} data-testid="confirm-publish">
            {confirmLabel}
          </Button>
        </>
      }
    >
      {draft && purpose === 'invite' && (
        <div className="notice notice-info" data-testid="publish-first">
          <strong>“{task.title}” is a draft.</strong> Only you can see a draft, so nobody can be invited to it yet. Publish it,
          then send your invitation.
        </div>
      )}
      {draft && purpose === 'publish' && (
        <p className="muted publish-lead">Publishing makes the task takeable. You can keep editing it afterwards.</p>
      )}
      <fieldset className="audience-choice" disabled={busy}>
        <legend className="strong">Who can take it?</legend>
        {AUDIENCES.map((audience) => {
          const Icon = audience.icon;
          const checked = audience.isPublic === isPublic;
          return (
            <label key={audience.testId} className={`choice-card ${checked ? 'selected' : ''}`}>
              <input type="radio" name="publish-audience" checked={checked} onChange={() => setIsPublic(audience.isPublic)} data-testid={audience.testId} />
              <Icon size={20} className="choice-card-icon" aria-hidden="true" />
              <span>
                <strong>{audience.title}</strong>
                <small>{audience.detail}</small>
              </span>
            </label>
          );
        })}
      </fieldset>
      {error && (
        <div className="form-errors" role="alert" data-testid="publish-error">
          {error}
        </div>
      )}
    </Modal>
  );
}
