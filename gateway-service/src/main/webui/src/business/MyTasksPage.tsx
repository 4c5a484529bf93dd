import { CopyPlus, MailPlus, Pencil, Puzzle, Rocket, Trash } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { Task } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { formatDate } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { DifficultyPill, TaskTypePill } from '../tasks/TaskCard';
import { BusinessHeader } from './BusinessNav';
import { InviteFlow } from './InviteFlow';
import { PublishDialog } from './PublishDialog';
import { isDraft } from './publication';
import { TaskStatusPill } from './TaskStatusPill';
import { useOwnTasks } from './useOwnTasks';
import './business.css';

/** `/business/tasks`: the business's own tasks, with publish, invite, edit, duplicate and delete. */
export function MyTasksPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const toast = useToast();
  const { data, error, loading, reload } = useOwnTasks(me?.id ?? '');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Task | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [inviteTo, setInviteTo] = useState<Task | null>(null);
  const [toPublish, setToPublish] = useState<Task | null>(null);

  const duplicate = async (task: Task, openCopy: boolean) => {
    setBusyId(task.id);
    try {
      const copy = await api.duplicateTask(task.id);
      toast.show({ kind: 'success', title: 'Task duplicated', detail: `“${copy.title}” is a draft copy you can edit.` });
      if (openCopy) navigate(`/business/tasks/${encodeURIComponent(copy.id)}/edit`);
      else reload();
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The task could not be duplicated', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setBusyId(null);
    }
  };

  const remove = async () => {
    if (!toDelete) return;
    setDeleting(true);
    try {
      let outcome = await api.deleteTask(toDelete.id);
      if (outcome === 'unknown') {
        // The answer did not say: the task is archived when it can still be read.
        outcome = await api
          .getTask(toDelete.id)
          .then((task) => (task.archivedAt ? 'archived' : 'unknown'))
          .catch((err: unknown) => (toApiError(err).status === 404 ? 'deleted' : 'unknown'));
      }
      if (outcome === 'archived') {
        toast.show({
          kind: 'info',
          title: `“${toDelete.title}” was archived, not deleted`,
          detail: 'Candidates have taken assessments on it: their results stay, and the task can no longer be taken or changed.',
          durationMs: 10000,
        });
      } else {
        toast.show({ kind: 'success', title: `“${toDelete.title}” was deleted` });
      }
      setToDelete(null);
      reload();
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The task could not be deleted', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setDeleting(false);
    }
  };

  const tasks = data?.own ?? [];

  return (
    <div className="business" data-testid="business-page">
      <BusinessHeader title="My tasks" subtitle="Your own assessment tasks: write them as drafts, publish them, invite candidates." />

      {loading && !data && <Spinner label="Loading your tasks…" />}
      {error && <ErrorState error={error} title="Your tasks could not be loaded" onRetry={reload} />}

      {data && tasks.length === 0 && (
        <EmptyState icon={<Puzzle size={32} />} title="No tasks yet">
          <p>Create a task of your own, or start from a copy of a Skills Lab task below.</p>
          <Link to="/business/tasks/new" className="btn btn-primary">
            Create your first task
          </Link>
        </EmptyState>
      )}

      {tasks.length > 0 && (
        <div className="table-wrap">
          <table className="table business-tasks" data-testid="my-tasks">
            <thead>
              <tr>
                <th>Task</th>
                <th>Type</th>
                <th>Time</th>
                <th>Status</th>
                <th>Created</th>
                <th className="right">Actions</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => {
                const archived = Boolean(task.archivedAt);
                const draft = isDraft(task);
                return (
                  <tr key={task.id} data-testid="task-row" data-task-id={task.id} data-archived={archived || undefined}>
                    <td>
                      {archived ? (
                        <span className="strong">{task.title}</span>
                      ) : (
                        <Link to={`/business/tasks/${encodeURIComponent(task.id)}/edit`} className="strong task-link" data-testid="task-row-title">
                          {task.title}
                        </Link>
                      )}
                    </td>
                    <td>
                      <div className="pill-row">
                        <TaskTypePill taskType={task.taskType} />
                        <DifficultyPill difficulty={task.difficulty} />
                      </div>
                    </td>
                    <td className="nowrap">{task.timeLimitMinutes} min</td>
                    <td>
                      <TaskStatusPill task={task} />
                    </td>
                    <td className="nowrap muted">{formatDate(task.createdAt)}</td>
                    <td>
                      <div className="row-actions">
                        {draft && (
                          <Button size="sm" variant="primary" onClick={() => setToPublish(task)} icon={<Rocket size={14} aria-hidden="true" />} data-testid="publish-task">
                            Publish
                          </Button>
                        )}
                        {!archived && (
                          <Button
                            size="sm"
                            variant={draft ? 'secondary' : 'primary'}
                            onClick={() => setInviteTo(task)}
                            icon={<MailPlus size={14} aria-hidden="true" />}
                            title={draft ? 'Publish the task first' : undefined}
                            data-testid="invite-candidate"
                          >
                            Invite
                          </Button>
                        )}
                        {!archived && (
                          <Link to={`/business/tasks/${encodeURIComponent(task.id)}/edit`} className="btn btn-secondary btn-sm" data-testid="edit-task">
                            <Pencil size={14} aria-hidden="true" />
                            Edit
                          </Link>
                        )}
                        <Button
                          size="sm"
                          variant="ghost"
                          className="icon-only"
                          loading={busyId === task.id}
                          onClick={() => void duplicate(task, false)}
                          icon={<CopyPlus size={14} aria-hidden="true" />}
                          title="Duplicate"
                          aria-label={`Duplicate ${task.title}`}
                          data-testid="duplicate-task"
                        />
                        <Button
                          size="sm"
                          variant="ghost"
                          className="danger-text icon-only"
                          onClick={() => setToDelete(task)}
                          icon={<Trash size={14} aria-hidden="true" />}
                          title="Delete"
                          data-testid="delete-task"
                          aria-label={`Delete ${task.title}`}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {data && data.defaults.length > 0 && (
        <section className="section start-from" aria-labelledby="start-from-heading">
          <div className="section-heading">
            <h2 id="start-from-heading">Start from a Skills Lab task</h2>
            <span className="muted small">A draft copy you can change: description, files and scoring.</span>
          </div>
          <ul className="start-from-list" data-testid="default-tasks">
            {data.defaults.map((task) => (
              <li key={task.id}>
                <div>
                  <span className="strong">{task.title}</span>
                  <div className="pill-row">
                    <TaskTypePill taskType={task.taskType} />
                    <DifficultyPill difficulty={task.difficulty} />
                  </div>
                </div>
                <Button size="sm" loading={busyId === task.id} onClick={() => void duplicate(task, true)} data-testid="duplicate-default">
                  Copy and edit
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete “${toDelete?.title ?? ''}”?`}
        confirmLabel="Delete task"
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(null)}
        confirmTestId="confirm-delete-task"
      >
        <p>
          The task, its files and its scoring setup are removed. If candidates have already taken assessments on it, it is
          archived instead: their results stay, and the task can no longer be taken or changed.
        </p>
      </ConfirmDialog>

      <InviteFlow task={inviteTo} onClose={() => setInviteTo(null)} onPublished={reload} />
      <PublishDialog
        open={toPublish !== null}
        task={toPublish}
        onClose={() => setToPublish(null)}
        onPublished={() => {
          setToPublish(null);
          reload();
        }}
      />
    </div>
  );
}
