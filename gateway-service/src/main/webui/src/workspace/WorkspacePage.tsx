import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useApi } from '../shared/useApi';
import './workspace.css';

// Monaco and xterm are large: they load only when a workspace opens.
const Workspace = lazy(() => import('./Workspace').then((module) => ({ default: module.Workspace })));

const FINISHED = new Set(['submitted', 'scoring', 'scored', 'failed']);

export function WorkspacePage() {
  const { id = '' } = useParams();
  const { data: assessment, error, loading, reload } = useApi((signal) => api.getAssessment(id, signal), [id]);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);

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

  if (assessment.status === 'pending') {
    const start = async () => {
      setStarting(true);
      setStartError(null);
      try {
        await api.startAssessment(id);
        reload();
      } catch (err) {
        setStartError(toApiError(err));
      } finally {
        setStarting(false);
      }
    };
    return (
      <div className="ws-message card">
        <h1>{assessment.task.title}</h1>
        <p className="muted">
          This assessment has not started yet. You will have {assessment.task.timeLimitMinutes} minutes once you start.
        </p>
        <Button variant="primary" loading={starting} onClick={() => void start()} data-testid="start-assessment">
          Start now
        </Button>
        {startError && <ErrorState compact error={startError} title="The assessment could not be started" />}
      </div>
    );
  }

  return (
    <Suspense fallback={<Spinner label="Loading the editor…" fullPage />}>
      <Workspace assessment={assessment} />
    </Suspense>
  );
}
