import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { Invitation, InvitationStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { formatDate, formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/Toast';
import { useApi } from '../shared/useApi';
import { BusinessHeader } from './BusinessNav';
import { InviteDialog } from './InviteDialog';
import { useOwnTasks } from './useOwnTasks';
import './business.css';

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  sent: 'Sent',
  accepted: 'Accepted',
  completed: 'Completed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

const STATUSES = Object.keys(INVITATION_STATUS_LABELS) as InvitationStatus[];

function isStatus(value: string | null): value is InvitationStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

export function InvitationStatusPill({ status }: { status: InvitationStatus }) {
  return (
    <span className={`status status-invite-${status}`} data-testid="invitation-status" data-status={status}>
      {INVITATION_STATUS_LABELS[status] ?? status}
    </span>
  );
}

/** The business's invitations, by task and status; a pending one can be cancelled. */
export function InvitationsPage() {
  const { me } = useAuth();
  const toast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const taskId = searchParams.get('taskId') ?? '';
  const rawStatus = searchParams.get('status');
  const status = isStatus(rawStatus) ? rawStatus : '';
  const tasks = useOwnTasks(me?.id ?? '');
  const { data, error, loading, reload } = useApi(
    (signal) => api.listInvitations({ taskId: taskId || undefined, status: status || undefined }, signal),
    [taskId, status],
  );
  const [toCancel, setToCancel] = useState<Invitation | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);

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
  const filterTask = ownTasks.find((t) => t.id === taskId) ?? null;

  return (
    <div className="business" data-testid="invitations-page">
      <BusinessHeader title="Invitations" subtitle="Who you invited, to which task, and how far they got." />

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
        <Button variant="primary" onClick={() => setInviteOpen(true)} disabled={ownTasks.length === 0} data-testid="invite-from-list">
          Invite candidate
        </Button>
      </div>

      {loading && !data && <Spinner label="Loading invitations…" />}
      {error && <ErrorState error={error} title="Invitations could not be loaded" onRetry={reload} />}
      {data && invitations.length === 0 && (
        <EmptyState icon="✉️" title={taskId || status ? 'No invitation matches these filters' : 'No invitations yet'}>
          <p>Invite candidates from one of your tasks; they get an email with a personal link.</p>
          {!taskId && !status && (
            <Link to="/business" className="btn btn-secondary">
              Go to my tasks
            </Link>
          )}
        </EmptyState>
      )}
      {invitations.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="invitations">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Task</th>
                <th>Status</th>
                <th>Sent</th>
                <th>Expires</th>
                <th>Result</th>
                <th className="right">Actions</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row" data-invitation-id={invitation.id} data-status={invitation.status}>
                  <td>
                    <div className="strong">{invitation.recipientName || invitation.recipientEmail}</div>
                    {invitation.recipientName && <div className="muted small">{invitation.recipientEmail}</div>}
                  </td>
                  <td>{invitation.taskTitle}</td>
                  <td>
                    <InvitationStatusPill status={invitation.status} />
                  </td>
                  <td className="nowrap muted">{formatDate(invitation.sentAt)}</td>
                  <td className="nowrap muted">{formatDate(invitation.expiresAt)}</td>
                  <td className="nowrap">
                    {invitation.finalScore !== null && invitation.finalScore !== undefined ? (
                      <span className="invite-result">
                        <strong>{formatScore(invitation.finalScore)}</strong>
                        {invitation.proficiencyLevel && <LevelBadge level={invitation.proficiencyLevel} />}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="right nowrap">
                    {invitation.assessmentId && invitation.status === 'completed' && (
                      <Link to={`/results/${encodeURIComponent(invitation.assessmentId)}`} className="btn btn-ghost btn-sm">
                        Report
                      </Link>
                    )}
                    {invitation.status === 'sent' && (
                      <Button size="sm" variant="ghost" className="danger-text" onClick={() => setToCancel(invitation)} data-testid="cancel-invitation">
                        Cancel
                      </Button>
                    )}
                  </td>
                </tr>
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
    </div>
  );
}
