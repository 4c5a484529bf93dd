import { ListPlus, Mail, MailPlus } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { Invitation, InvitationStatus } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { useApiQuery } from '../shared/useApiQuery';
import { BulkInviteDialog } from './BulkInviteDialog';
import { BusinessHeader } from './BusinessNav';
import { InvitationRow } from './InvitationRow';
import { INVITATION_STATUS_LABELS } from './invitations';
import { InviteDialog } from './InviteDialog';
import { canInviteTo } from './publication';
import { useOwnTasks } from './useOwnTasks';
import './business.css';

const STATUSES = Object.keys(INVITATION_STATUS_LABELS) as InvitationStatus[];

function isStatus(value: string | null): value is InvitationStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

/**
 * The business's invitations, by task and status, with how far each candidate got and their score; a pending one
 * can be copied, sent again or cancelled.
 */
export function InvitationsPage() {
  const { me } = useAuth();
  const toast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const taskId = searchParams.get('taskId') ?? '';
  const rawStatus = searchParams.get('status');
  const status = isStatus(rawStatus) ? rawStatus : '';
  const tasks = useOwnTasks(me?.id ?? '');
  const { data, error, loading, reload } = useApiQuery(['invitations', { taskId, status }], (signal) =>
    api.listInvitations({ taskId: taskId || undefined, status: status || undefined }, signal),
  );
  const [toCancel, setToCancel] = useState<Invitation | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);

  const setFilter = (key: 'taskId' | 'status', value: string) =>
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        if (value) copy.set(key, value);
        else copy.delete(key);
        return copy;
      },
      { replace: true },
    );

  const cancel = async () => {
    if (!toCancel) return;
    setCancelling(true);
    try {
      await api.cancelInvitation(toCancel.id);
      toast.show({ kind: 'success', title: 'Invitation cancelled', detail: `${toCancel.recipientEmail} can no longer use the link.` });
      setToCancel(null);
      reload();
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The invitation could not be cancelled', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setCancelling(false);
    }
  };

  const invitations = data?.invitations ?? [];
  const ownTasks = tasks.data?.own ?? [];
  const filterTask = ownTasks.find((t) => t.id === taskId && canInviteTo(t)) ?? null;
  const invitable = ownTasks.some(canInviteTo);

  return (
    <div className="business" data-testid="invitations-page">
      <BusinessHeader title="Invitations" subtitle="Who you invited, to which task, how far they got and how they scored." />

      <div className="toolbar">
        <div className="filters">
          <label>
            <span>Task</span>
            <select value={taskId} onChange={(e) => setFilter('taskId', e.target.value)} data-testid="invitation-filter-task">
              <option value="">All tasks</option>
              {ownTasks.map((task) => (
                <option key={task.id} value={task.id}>
                  {task.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Status</span>
            <select value={status} onChange={(e) => setFilter('status', e.target.value)} data-testid="invitation-filter-status">
              <option value="">Any status</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {INVITATION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="toolbar-actions">
        <Button
          onClick={() => setBulkOpen(true)}
          disabled={!invitable}
          title={invitable ? 'Invite a pasted list of people to one task' : 'Publish one of your tasks first'}
          icon={<ListPlus size={16} aria-hidden="true" />}
          data-testid="bulk-invite"
        >
          Bulk invite
        </Button>
        <Button
          variant="primary"
          onClick={() => setInviteOpen(true)}
          disabled={!invitable}
          title={invitable ? undefined : 'Publish one of your tasks first'}
          icon={<MailPlus size={16} aria-hidden="true" />}
          data-testid="invite-from-list"
        >
          Invite candidate
        </Button>
        </div>
      </div>

      {loading && !data && <Spinner label="Loading invitations…" />}
      {error && <ErrorState error={error} title="Invitations could not be loaded" onRetry={reload} />}
      {data && invitations.length === 0 && (
        <EmptyState icon={<Mail size={32} />} title={taskId || status ? 'No invitation matches these filters' : 'No invitations yet'}>
          <p>Invite candidates to one of your published tasks; they get an email with a personal link.</p>
          {!taskId && !status && (
            <Link to="/business/tasks" className="btn btn-secondary">
              Go to my tasks
            </Link>
          )}
        </EmptyState>
      )}
      {invitations.length > 0 && (
        <div className="table-wrap">
          <table className="table invitations-table" data-testid="invitations">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Task</th>
                <th>Invitation</th>
                <th>Progress</th>
                <th className="right">Actions</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} onChanged={reload} onCancel={setToCancel} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ConfirmDialog
        open={toCancel !== null}
        title="Cancel this invitation?"
        confirmLabel="Cancel invitation"
        cancelLabel="Keep it"
        danger
        busy={cancelling}
        onConfirm={() => void cancel()}
        onCancel={() => setToCancel(null)}
        confirmTestId="confirm-cancel-invitation"
      >
        <p>
          {toCancel?.recipientEmail} will no longer be able to accept the invitation to “{toCancel?.taskTitle}”.
        </p>
      </ConfirmDialog>

      <InviteDialog
        open={inviteOpen}
        task={filterTask}
        tasks={ownTasks}
        onClose={() => setInviteOpen(false)}
        onSent={() => reload()}
      />

      <BulkInviteDialog
        open={bulkOpen}
        task={filterTask}
        tasks={ownTasks}
        onClose={() => setBulkOpen(false)}
        onSent={() => reload()}
      />
    </div>
  );
}
