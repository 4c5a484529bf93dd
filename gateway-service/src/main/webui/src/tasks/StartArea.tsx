import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import type { AssessmentSummary } from '../api/types';
import { Button } from '../shared/Button';
import { AbandonAttemptDialog } from '../shared/AbandonAttemptDialog';
import { ErrorState } from '../shared/ErrorState';
import { formatDateTime } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useUnfinishedAttempt } from './useUnfinishedAttempt';

const workspaceOf = (id: string) => `/workspace/${encodeURIComponent(id)}`;

/** What an attempt in progress looks like next to the task: resume it, or give up one that has not started. */
function UnfinishedAttempt({ attempt, onAbandoned }: { attempt: AssessmentSummary; onAbandoned: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const started = attempt.status === 'in_progress';

  const abandon = async () => {
    setAbandoning(true);
    setError(null);
    try {
      await api.abandonAssessment(attempt.id);
      setConfirming(false);
      onAbandoned();
    } catch (err) {
      setError(toApiError(err));
      setConfirming(false);
    } finally {
      setAbandoning(false);
    }
  };

  return (
    <div className="unfinished-attempt" data-testid="unfinished-attempt" data-status={attempt.status}>
      <p className="small">
        {started ? (
          <>
            Your attempt #{attempt.attemptNumber} is in progress
            {attempt.startedAt && <> since {formatDateTime(attempt.startedAt)}</>}. The clock keeps running while you are
            away.
          </>
        ) : (
          <>
            Your attempt #{attempt.attemptNumber}
            {attempt.companyName && <> for {attempt.companyName}</>} is ready and has not started yet.
          </>
        )}
      </p>
      <Link className="btn btn-primary btn-lg" to={workspaceOf(attempt.id)} data-testid="resume-attempt">
        {started ? `Resume attempt #${attempt.attemptNumber}` : `Open attempt #${attempt.attemptNumber}`}
      </Link>
      {!started && attempt.canAbandon && (
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} data-testid="abandon-attempt">
          Abandon this attempt
        </Button>
      )}
      {error && <ErrorState compact error={error} title="The attempt could not be abandoned" />}
      <AbandonAttemptDialog
        open={confirming}
        attemptNumber={attempt.attemptNumber}
        invited={Boolean(attempt.invitationId)}
        busy={abandoning}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void abandon()}
      />
    </div>
  );
}

/**
 * The task page's start area. An attempt that is not finished is offered first ("Resume attempt #n"), so that
 * starting never piles up attempts; otherwise "Start assessment" creates one, starts its clock and opens it.
 */
export function StartArea({ taskId }: { taskId: string }) {
  const navigate = useNavigate();
  const { data: unfinished, error: lookupError, loading, reload } = useUnfinishedAttempt(taskId);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const created = await api.createAssessment(taskId);
      await api.startAssessment(created.assessmentId);
      navigate(workspaceOf(created.assessmentId));
    } catch (err) {
      const apiError = toApiError(err);
      const existing = apiError.extensions.assessmentId;
      if (apiError.status === 409 && apiError.kind === 'attempt-in-progress' && typeof existing === 'string') {
        // Started elsewhere (another tab) in the meantime: that attempt is the one to continue.
        navigate(workspaceOf(existing));
        return;
      }
      setStartError(apiError);
      setStarting(false);
    }
  };

  if (loading && !unfinished) return <Spinner label="Checking your attempts…" size="sm" />;
  if (unfinished) return <UnfinishedAttempt attempt={unfinished} onAbandoned={reload} />;
  return (
    <>
      <Button variant="primary" size="lg" loading={starting} onClick={() => void start()} data-testid="start-assessment">
        Start assessment
      </Button>
      {lookupError && <p className="muted small">Your earlier attempts could not be checked; starting is still safe.</p>}
      {startError && <ErrorState compact error={startError} title="The assessment could not be started" />}
    </>
  );
}
