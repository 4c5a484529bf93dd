import { ArrowRight, CircleCheck, ExternalLink, MailPlus, Rocket, Trophy } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../api/client';
import type { BusinessCandidate, Invitation, Task } from '../api/types';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { formatDate, formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Spinner } from '../shared/Spinner';
import { candidateReportPath, type StartStep } from './businessHome';
import { InvitationStatusPill } from './InvitationRow';
import { ASSESSMENT_PROGRESS_LABELS, INVITATION_STATUS_LABELS, assessmentProgress } from './invitations';
import { isDraft } from './publication';
import { TaskStatusPill } from './TaskStatusPill';

/** A titled card of the home with a link to the full list. */
export function Panel({
  title,
  more,
  testId,
  children,
}: {
  title: string;
  more?: { to: string; label: string };
  testId: string;
  children: ReactNode;
}) {
  return (
    <section className="card home-panel" data-testid={testId} aria-label={title}>
      <div className="home-panel-head">
        <h2>{title}</h2>
        {more && (
          <Link to={more.to} className="home-panel-more">
            {more.label} <ArrowRight size={14} aria-hidden="true" />
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

/** Loading, error or content of one panel: a failing source does not hide the others. */
export function PanelState<T>({
  data,
  error,
  loading,
  reload,
  what,
  children,
}: {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (error) return <ErrorState compact error={error} title={`${what} could not be loaded`} onRetry={reload} />;
  if (loading && !data) return <Spinner label={`Loading ${what.toLowerCase()}…`} />;
  return data ? <>{children(data)}</> : null;
}

export function StatCard({ label, value, detail, testId }: { label: string; value: ReactNode; detail: ReactNode; testId: string }) {
  return (
    <div className="home-stat" data-testid={testId}>
      <span className="home-stat-label">{label}</span>
      <strong className="home-stat-value">{value}</strong>
      <span className="home-stat-detail muted small">{detail}</span>
    </div>
  );
}

const STEP_TEXT: Record<StartStep['key'], { title: string; detail: string }> = {
  create: { title: 'Create a task', detail: 'Describe it, set its scoring and add its files. It is saved as a draft only you see.' },
  publish: { title: 'Publish it', detail: 'Choose who can take it: only the people you invite, or anyone in the public catalogue.' },
  invite: { title: 'Invite candidates', detail: 'They get an email with a personal link; their scores appear here.' },
};

export function GettingStarted({ steps }: { steps: StartStep[] }) {
  return (
    <section className="card getting-started" data-testid="getting-started" aria-label="Getting started">
      <h2>Get your first result in three steps</h2>
      <ol>
        {steps.map((step, index) => (
          <li key={step.key} className={step.done ? 'done' : ''} data-testid={`start-step-${step.key}`} data-done={step.done}>
            <span className="start-step-mark" aria-hidden="true">
              {step.done ? <CircleCheck size={22} /> : index + 1}
            </span>
            <span>
              <strong>{STEP_TEXT[step.key].title}</strong>
              <small>{STEP_TEXT[step.key].detail}</small>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function LatestResults({ candidates }: { candidates: BusinessCandidate[] }) {
  // Invitations nobody has accepted yet are listed under "Recent invitations"; results are about assessments.
  const taken = candidates.filter((candidate) => candidate.assessmentId);
  if (taken.length === 0) {
    return (
      <div className="panel-empty" data-testid="no-results">
        <Trophy size={28} aria-hidden="true" />
        <p>No results yet. Scores appear here as soon as invited candidates submit their work.</p>
      </div>
    );
  }
  return (
    <ul className="home-list result-list" data-testid="latest-results">
      {taken.map((candidate) => {
        const report = candidateReportPath(candidate);
        const scored = candidate.finalScore !== null && candidate.finalScore !== undefined;
        return (
          <li key={candidate.assessmentId ?? candidate.email} data-testid="result-row">
            <div className="home-list-main">
              <span className="strong">{candidate.name || candidate.email}</span>
              <span className="muted small result-task">
                {candidate.taskTitle}
                {candidate.submittedAt && ` · ${formatDate(candidate.submittedAt)}`}
              </span>
            </div>
            <div className="result-outcome">
              {scored ? (
                <>
                  <strong className="invite-score" data-testid="result-score">
                    {formatScore(candidate.finalScore)}
                  </strong>
                  {candidate.level && <LevelBadge level={candidate.level} size="sm" testId="result-level" />}
                </>
              ) : (
                <span className="muted small">{statusLabel(candidate.status)}</span>
              )}
              {report ? (
                <Link to={report} className="report-link" data-testid="result-report">
                  Report <ExternalLink size={13} aria-hidden="true" />
                </Link>
              ) : (
                <span className="report-link-placeholder" aria-hidden="true" />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function statusLabel(status: string): string {
  return (
    (ASSESSMENT_PROGRESS_LABELS as Record<string, string>)[status] ??
    (INVITATION_STATUS_LABELS as Record<string, string>)[status] ??
    status
  );
}

export function TasksList({
  tasks,
  onPublish,
  onInvite,
}: {
  tasks: Task[];
  onPublish: (task: Task) => void;
  onInvite: (task: Task) => void;
}) {
  return (
    <ul className="home-list" data-testid="home-tasks">
      {tasks.map((task) => (
        <li key={task.id} data-testid="home-task" data-task-id={task.id}>
          <div className="home-list-main">
            {task.archivedAt ? (
              <span className="strong">{task.title}</span>
            ) : (
              <Link to={`/business/tasks/${encodeURIComponent(task.id)}/edit`} className="strong task-link">
                {task.title}
              </Link>
            )}
            <TaskStatusPill task={task} />
          </div>
          {!task.archivedAt &&
            (isDraft(task) ? (
              <Button size="sm" variant="ghost" onClick={() => onPublish(task)} icon={<Rocket size={14} aria-hidden="true" />} data-testid="home-publish">
                Publish
              </Button>
            ) : (
              <Button size="sm" variant="ghost" onClick={() => onInvite(task)} icon={<MailPlus size={14} aria-hidden="true" />} data-testid="home-invite">
                Invite
              </Button>
            ))}
        </li>
      ))}
    </ul>
  );
}

export function InvitationsList({ invitations }: { invitations: Invitation[] }) {
  return (
    <table className="table home-table" data-testid="home-invitations">
      <thead>
        <tr>
          <th>Candidate</th>
          <th>Task</th>
          <th>Invitation</th>
          <th>Assessment</th>
          <th className="right">Sent</th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => {
          const progress = assessmentProgress(invitation);
          return (
            <tr key={invitation.id} data-testid="home-invitation" data-invitation-id={invitation.id}>
              <td>
                <div className="strong">{invitation.recipientName || invitation.recipientEmail}</div>
                {invitation.recipientName && <div className="muted tiny">{invitation.recipientEmail}</div>}
              </td>
              <td className="home-task-cell">{invitation.taskTitle}</td>
              <td>
                <InvitationStatusPill status={invitation.status} />
              </td>
              <td>
                <span className={`assessment-progress assessment-progress-${progress.key}`} data-testid="assessment-status" data-status={progress.key}>
                  {progress.label}
                </span>
              </td>
              <td className="right nowrap muted small">{formatDate(invitation.lastSentAt ?? invitation.sentAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
