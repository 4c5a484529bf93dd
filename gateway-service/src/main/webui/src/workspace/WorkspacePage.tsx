import { Eye, Sparkles, Timer } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { queryKeys } from '../api/queryKeys';
import { api, toApiError, type ApiError } from '../api/client';
import type { Assessment } from '../api/types';
import { Button } from '../shared/Button';
import { AbandonAttemptDialog } from '../shared/AbandonAttemptDialog';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { DifficultyPill, TaskTypePill } from '../tasks/TaskCard';
import './workspace.css';
import './startGate.css';

// Monaco and xterm are large: they load only when a workspace opens.
const Workspace = lazy(() => import('./Workspace').then((module) => ({ default: module.Workspace })));

const FINISHED = new Set(['submitted', 'scoring', 'scored', 'failed']);

/**
 * The last step before the clock runs: what the attempt is, how long it takes, what is recorded. An invitation's
 * "Accept and start" lands here, so accepting and starting stay two deliberate clicks on the same attempt.
 */
function StartGate({ assessment, onStarted }: { assessment: Assessment; onStarted: () => void }) {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const { task } = assessment;

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      await api.startAssessment(assessment.id);
      onStarted();
    } catch (err) {
      setStartError(toApiError(err));
      setStarting(false);
    }
  };

  const abandon = async () => {
    setAbandoning(true);
    try {
      await api.abandonAssessment(assessment.id);
      navigate('/dashboard', { replace: true });
    } catch (err) {
      setStartError(toApiError(err));
      setConfirmAbandon(false);
      setAbandoning(false);
    }
  };

  return (
    <div className="start-gate" data-testid="start-gate">
      <div className="card start-gate-card">
        <span className="eyebrow">
          {assessment.companyName ? `Assessment for ${assessment.companyName}` : 'Practice assessment'}
          {assessment.attemptNumber > 1 && ` · attempt #${assessment.attemptNumber}`}
        </span>
        <h1 data-testid="start-gate-title">{task.title}</h1>
        <div className="start-gate-pills">
          <TaskTypePill taskType={task.taskType} />
          <DifficultyPill difficulty={task.difficulty} />
        </div>
        <ul className="start-gate-facts">
          <li>
            <Timer size={18} aria-hidden="true" />
            <span>
              <strong>{task.timeLimitMinutes} minutes</strong> from the moment you start. The clock keeps running if you
              close the tab; your work is submitted automatically when the time is up.
            </span>
          </li>
          <li>
            <Eye size={18} aria-hidden="true" />
            <span>
              Everything you do in the workspace is recorded for the report: file edits, terminal commands, test runs and
              AI conversations.
            </span>
          </li>
          <li>
            <Sparkles size={18} aria-hidden="true" />
            <span>
              Use the AI assistants as you would at work. How you plan, prompt and verify counts as much as the final
              code.
            </span>
          </li>
        </ul>
        <div className="start-gate-actions">
          <Button variant="primary" size="lg" loading={starting} onClick={() => void start()} data-testid="start-assessment">
            Start the assessment
          </Button>
          <Link to="/dashboard" className="btn btn-ghost" data-testid="start-later">
            Not now
          </Link>
          {assessment.canAbandon && (
            <Button variant="ghost" size="sm" onClick={() => setConfirmAbandon(true)} data-testid="abandon-attempt">
              Abandon this attempt
            </Button>
          )}
        </div>
        {startError && <ErrorState compact error={startError} title="The assessment could not be started" />}
      </div>
      <AbandonAttemptDialog
        open={confirmAbandon}
        attemptNumber={assessment.attemptNumber}
        invited={Boolean(assessment.invitationId)}
        busy={abandoning}
        onCancel={() => setConfirmAbandon(false)}
        onConfirm={() => void abandon()}
      />
    </div>
  );
}

export function WorkspacePage() {
  const { id = '' } = useParams();
  const { data: assessment, error, loading, reload } = useApiQuery(queryKeys.assessment(id), (signal) =>
    api.getAssessment(id, signal),
  );

  if (loading && !assessment) return <Spinner label="Opening your workspace…" fullPage />;
  if (error) {
    return (
      <div className="ws-message">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Assessment not found' : 'The workspace could not be opened'}
          onRetry={error.status === 404 || error.status === 403 ? undefined : reload}
        />
        <Link to="/dashboard">← Back to the dashboard</Link>
      </div>
    );
  }
  if (!assessment) return null;
  if (FINISHED.has(assessment.status)) return <Navigate to={`/results/${encodeURIComponent(id)}`} replace />;

  if (assessment.status === 'abandoned') {
    return (
      <div className="ws-message card" data-testid="attempt-abandoned">
        <h1>{assessment.task.title}</h1>
        <p className="muted">This attempt was abandoned before it started.</p>
        <Link to="/dashboard">← Back to the dashboard</Link>
      </div>
    );
  }

  if (assessment.status === 'pending') return <StartGate assessment={assessment} onStarted={reload} />;

  return (
    <Suspense fallback={<Spinner label="Loading the editor…" fullPage />}>
      <Workspace assessment={assessment} />
    </Suspense>
  );
}
