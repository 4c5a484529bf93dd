import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import type { Assessment, Score } from '../api/types';
import { ErrorState } from '../shared/ErrorState';
import { formatDate, formatDuration } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { AiHighlights } from './AiHighlights';
import { CategoryBreakdown } from './CategoryBreakdown';
import { Findings } from './Findings';
import { ScoreCard } from './ScoreCard';
import { ScoreRadar } from './ScoreRadar';
import { ShareButtons } from './ShareButtons';
import { timeRows } from './timeBreakdown';
import './results.css';

const POLL_MS = 2000;

function isWaiting(assessment: Assessment): boolean {
  return (
    assessment.status === 'submitted' ||
    assessment.status === 'scoring' ||
    (assessment.status === 'scored' && !assessment.score)
  );
}

function ScoringProgress({ assessment }: { assessment: Assessment }) {
  return (
    <div className="card scoring-progress" data-testid="scoring-progress" role="status">
      <div className="scoring-orbit" aria-hidden="true">
        <span />
      </div>
      <h2>Scoring your session…</h2>
      <p className="muted">
        We are analysing your planning, prompts, tool use and the final code of “{assessment.task.title}”. This usually
        takes less than a minute; the page updates on its own.
      </p>
      <ol className="scoring-steps">
        <li className="done">Submitted</li>
        <li className={assessment.status === 'scoring' ? 'current' : ''}>Evaluating</li>
        <li>Report ready</li>
      </ol>
    </div>
  );
}

function ScoringFailed({ assessment }: { assessment: Assessment }) {
  return (
    <div className="card scoring-failed" data-testid="scoring-failed" role="alert">
      <div className="scoring-failed-icon" aria-hidden="true">
        ⚠
      </div>
      <h2>We could not score this session</h2>
      <p>
        Something went wrong on our side while scoring your work — this is not a judgement of your skills. Your session is
        saved; our team can re-run the scoring.
      </p>
      {assessment.failureReason && (
        <p className="muted small">
          Reason: <span data-testid="failure-reason">{assessment.failureReason}</span>
        </p>
      )}
      <Link to="/dashboard" className="btn btn-secondary">
        Back to the dashboard
      </Link>
    </div>
  );
}

function Report({ assessment, score }: { assessment: Assessment; score: Score }) {
  const time = timeRows(score.detailedAnalysis?.timeAnalysis);
  return (
    <>
      <ScoreCard score={score} />
      {score.failedEvaluators.length > 0 && (
        <div className="notice notice-warn" role="status" data-testid="failed-evaluators">
          Part of the evaluation could not run ({score.failedEvaluators.join(', ')}). Those parts are marked “not scored”
          and were not given a made-up score.
        </div>
      )}
      <div className="results-grid">
        <section className="card" aria-labelledby="categories-heading">
          <h2 id="categories-heading" className="card-title">
            Category scores
          </h2>
          <CategoryBreakdown score={score} />
        </section>
        <section className="card radar-card" aria-labelledby="radar-heading">
          <h2 id="radar-heading" className="card-title">
            Score distribution
          </h2>
          <ScoreRadar categoryScores={score.categoryScores} />
        </section>
      </div>
      <div className="results-grid">
        <section className="card" aria-labelledby="strengths-heading">
          <h2 id="strengths-heading" className="card-title title-good">
            💪 Strengths
          </h2>
          <Findings items={score.strengths} kind="strength" startedAt={assessment.startedAt} />
        </section>
        <section className="card" aria-labelledby="growth-heading">
          <h2 id="growth-heading" className="card-title title-grow">
            📈 Areas for growth
          </h2>
          <Findings items={score.improvements} kind="improvement" startedAt={assessment.startedAt} />
        </section>
      </div>
      {score.aiHighlights.length > 0 && (
        <section className="card" aria-labelledby="highlights-heading">
          <h2 id="highlights-heading" className="card-title">
            🤖 AI interaction highlights
          </h2>
          <AiHighlights highlights={score.aiHighlights} startedAt={assessment.startedAt} />
        </section>
      )}
      {time.length > 0 && (
        <section className="card" aria-labelledby="time-heading">
          <h2 id="time-heading" className="card-title">
            ⏱ Time
          </h2>
          <dl className="stat-grid">
            {time.map((row) => (
              <div key={row.key}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section className="card" aria-labelledby="share-heading">
        <h2 id="share-heading" className="card-title">
          Share your result
        </h2>
        <ShareButtons
          assessmentId={assessment.id}
          score={score.finalScore}
          level={score.proficiencyLevel}
          taskTitle={assessment.task.title}
        />
      </section>
      <p className="scoring-meta muted small" data-testid="scoring-version">
        Scoring version {score.scoringVersion}
        {score.scoringModels.length > 0 && ` · judged with ${score.scoringModels.join(', ')}`}
      </p>
    </>
  );
}

export function ResultsPage() {
  const { id = '' } = useParams();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let active = true;
    const controller = new AbortController();
    const load = async () => {
      try {
        const next = await api.getAssessment(id, controller.signal);
        if (!active) return;
        setAssessment(next);
        setError(null);
        if (isWaiting(next)) timer.current = setTimeout(() => void load(), POLL_MS);
      } catch (err) {
        if (!active) return;
        const apiError = toApiError(err);
        setError(apiError);
        // A passing network or server error should not stop the wait for the score.
        if (apiError.status === 0 || apiError.status >= 500) timer.current = setTimeout(() => void load(), POLL_MS * 2);
      }
    };
    void load();
    return () => {
      active = false;
      controller.abort();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [id, version]);

  if (!assessment && error) {
    return (
      <div className="narrow">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Results not found' : 'The results could not be loaded'}
          onRetry={() => setVersion((v) => v + 1)}
        />
        <Link to="/dashboard">← Back to the dashboard</Link>
      </div>
    );
  }
  if (!assessment) return <Spinner label="Loading your results…" />;

  const completed = assessment.submittedAt ?? assessment.startedAt;
  return (
    <div className="results" data-testid="results-page" data-status={assessment.status}>
      <header className="results-header">
        <h1>AI Skills Assessment Results</h1>
        <p className="muted">
          <span data-testid="results-task-title">{assessment.task.title}</span>
          {completed && <> • Completed {formatDate(completed)}</>}
          {assessment.timeSpentSeconds !== null && assessment.timeSpentSeconds !== undefined && (
            <> • {formatDuration(assessment.timeSpentSeconds)}</>
          )}
          {assessment.attemptNumber > 1 && <> • attempt #{assessment.attemptNumber}</>}
        </p>
      </header>
      {error && <ErrorState compact error={error} title="Reconnecting…" />}
      {assessment.status === 'in_progress' || assessment.status === 'pending' ? (
        <div className="card center-text">
          <h2>This assessment is still in progress</h2>
          <p className="muted">Submit it from the workspace to get your report.</p>
          <Link className="btn btn-primary" to={`/workspace/${encodeURIComponent(assessment.id)}`}>
            Back to the workspace
          </Link>
        </div>
      ) : assessment.status === 'failed' ? (
        <ScoringFailed assessment={assessment} />
      ) : isWaiting(assessment) || !assessment.score ? (
        <ScoringProgress assessment={assessment} />
      ) : (
        <Report assessment={assessment} score={assessment.score} />
      )}
    </div>
  );
}
