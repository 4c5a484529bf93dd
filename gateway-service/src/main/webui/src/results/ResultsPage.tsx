import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, Bot, Clock, MessageSquareText, ThumbsUp, TrendingUp } from 'lucide-react';
import { Link, useParams } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { Assessment, Score } from '../api/types';
import { ErrorState } from '../shared/ErrorState';
import { formatDate, formatDuration } from '../shared/format';
import { reportNames } from '../shared/scoreLabels';
import { Spinner } from '../shared/Spinner';
import { AiHighlights } from './AiHighlights';
import { CategoryBreakdown } from './CategoryBreakdown';
import { Findings } from './Findings';
import { OutcomeEvidence } from './OutcomeEvidence';
import { OwnReplay } from './OwnReplay';
import { ScoreCard } from './ScoreCard';
import { ScoreRadar } from './ScoreRadar';
import { isOwnReport, scoringMethod } from './reportWording';
import { ShareResultPanel } from './ShareResultPanel';
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
  const own = isOwnReport(assessment);
  return (
    <div className="card scoring-progress" data-testid="scoring-progress" role="status">
      <div className="scoring-orbit" aria-hidden="true">
        <span />
      </div>
      <h2>{own ? 'Scoring your session…' : 'Scoring the session…'}</h2>
      <p className="muted">
        We are analysing {own ? 'your' : 'the'} planning, prompts, tool use and the final code of “{assessment.task.title}”.
        This usually takes less than a minute; the page updates on its own.
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
  const own = isOwnReport(assessment);
  return (
    <div className="card scoring-failed" data-testid="scoring-failed" role="alert">
      <AlertTriangle className="scoring-failed-icon" size={32} aria-hidden="true" />
      <h2>We could not score this session</h2>
      <p>
        {own
          ? 'Something went wrong on our side while scoring your work — this is not a judgement of your skills. Your session is saved; our team can re-run the scoring.'
          : 'Something went wrong on our side while scoring this work — this is not a judgement of the candidate. The session is saved; our team can re-run the scoring.'}
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
  const own = isOwnReport(assessment);
  const names = reportNames(score.detailedAnalysis?.weights);
  const summary = own ? score.detailedAnalysis?.summary : (score.detailedAnalysis?.reviewerSummary ?? score.detailedAnalysis?.summary);
  return (
    <>
      <ScoreCard score={score} summary={summary} names={names} />
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
          <CategoryBreakdown score={score} names={names} />
        </section>
        <section className="card radar-card" aria-labelledby="radar-heading">
          <h2 id="radar-heading" className="card-title">
            Score distribution
          </h2>
          <ScoreRadar categoryScores={score.categoryScores} names={names} />
        </section>
      </div>
      <div className="results-grid">
        <section className="card" aria-labelledby="strengths-heading">
          <h2 id="strengths-heading" className="card-title title-good">
            <ThumbsUp size={18} aria-hidden="true" /> Strengths
          </h2>
          <Findings items={score.strengths} kind="strength" startedAt={assessment.startedAt} names={names} />
        </section>
        <section className="card" aria-labelledby="growth-heading">
          <h2 id="growth-heading" className="card-title title-grow">
            <TrendingUp size={18} aria-hidden="true" /> Areas for growth
          </h2>
          <Findings items={score.improvements} kind="improvement" startedAt={assessment.startedAt} names={names} />
        </section>
      </div>
      <OutcomeEvidence analysis={score.detailedAnalysis} own={own} />
      {score.aiHighlights.length > 0 && (
        <section className="card" aria-labelledby="highlights-heading">
          <h2 id="highlights-heading" className="card-title">
            <Bot size={18} aria-hidden="true" /> AI interaction highlights
          </h2>
          <AiHighlights highlights={score.aiHighlights} startedAt={assessment.startedAt} />
        </section>
      )}
      {time.length > 0 && (
        <section className="card" aria-labelledby="time-heading">
          <h2 id="time-heading" className="card-title">
            <Clock size={18} aria-hidden="true" /> Time
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
      {own && <ShareResultPanel assessment={assessment} score={score} />}
      <SubmissionNote assessment={assessment} />
      <OwnReplay assessment={assessment} />
      <p className="scoring-meta muted small" data-testid="scoring-version">
        {scoringMethod(score)}
      </p>
    </>
  );
}

/** The note the candidate typed when submitting: theirs to re-read, the business's to weigh. */
function SubmissionNote({ assessment }: { assessment: Assessment }) {
  if (!assessment.notes) return null;
  return (
    <section className="card submission-note" aria-labelledby="note-heading" data-testid="submission-note">
      <h2 id="note-heading" className="card-title">
        <MessageSquareText size={18} aria-hidden="true" /> {isOwnReport(assessment) ? 'Your note to the reviewer' : "The candidate's note"}
      </h2>
      <p className="submission-note-text">{assessment.notes}</p>
    </section>
  );
}

/** Which part of the page an assessment's state calls for. */
function viewOf(assessment: Assessment): 'in-progress' | 'abandoned' | 'failed' | 'scoring' | 'report' {
  if (assessment.status === 'in_progress' || assessment.status === 'pending') return 'in-progress';
  if (assessment.status === 'abandoned') return 'abandoned';
  if (assessment.status === 'failed') return 'failed';
  if (isWaiting(assessment) || !assessment.score) return 'scoring';
  return 'report';
}

function ResultsHeader({ assessment }: { assessment: Assessment }) {
  const completed = assessment.submittedAt ?? assessment.startedAt;
  const own = isOwnReport(assessment);
  const facts = (
    <p className="muted">
      <span data-testid="results-task-title">{assessment.task.title}</span>
      {completed && <> • Completed {formatDate(completed)}</>}
      {assessment.timeSpentSeconds !== null && assessment.timeSpentSeconds !== undefined && (
        <> • {formatDuration(assessment.timeSpentSeconds)}</>
      )}
      {assessment.attemptNumber > 1 && <> • attempt #{assessment.attemptNumber}</>}
    </p>
  );
  if (own) {
    return (
      <header className="results-header">
        <h1>{assessment.companyName ? `Your results for ${assessment.companyName}` : 'Your AI skills results'}</h1>
        {facts}
      </header>
    );
  }
  const name = assessment.candidate?.name?.trim() || assessment.candidate?.email || 'Candidate';
  return (
    <header className="results-header results-header-candidate" data-testid="candidate-header">
      <span className="eyebrow">Candidate report</span>
      <h1 data-testid="candidate-name">{name}</h1>
      {assessment.candidate?.email && (
        <p className="candidate-email">
          <a href={`mailto:${assessment.candidate.email}`} data-testid="candidate-email">
            {assessment.candidate.email}
          </a>
        </p>
      )}
      {facts}
    </header>
  );
}

/** Asks again while the score is on its way, and after a passing network or server error (which must not end the wait). */
function pollInterval(assessment: Assessment | undefined, error: unknown): number | false {
  if (error) {
    const apiError = toApiError(error);
    return apiError.status === 0 || apiError.status >= 500 ? POLL_MS * 2 : false;
  }
  return assessment && isWaiting(assessment) ? POLL_MS : false;
}

export function ResultsPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.assessment(id),
    queryFn: ({ signal }) => api.getAssessment(id, signal),
    refetchInterval: ({ state }) => pollInterval(state.data, state.status === 'error' ? state.error : null),
    refetchIntervalInBackground: true,
  });
  const assessment = query.data ?? null;
  const error = query.isError ? toApiError(query.error) : null;

  if (!assessment && error) {
    return (
      <div className="narrow">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Results not found' : 'The results could not be loaded'}
          onRetry={() => void query.refetch()}
        />
        <Link to="/dashboard">← Back to the dashboard</Link>
      </div>
    );
  }
  if (!assessment) return <Spinner label="Loading your results…" />;

  const own = isOwnReport(assessment);
  const view = viewOf(assessment);
  return (
    <div className="results" data-testid="results-page" data-status={assessment.status} data-viewer={assessment.viewer ?? 'candidate'}>
      <ResultsHeader assessment={assessment} />
      {error && <ErrorState compact error={error} title="Reconnecting…" />}
      {view === 'in-progress' && (
        <div className="card center-text">
          <h2>This assessment is still in progress</h2>
          {own ? (
            <>
              <p className="muted">Submit it from the workspace to get your report.</p>
              <Link className="btn btn-primary" to={`/workspace/${encodeURIComponent(assessment.id)}`}>
                Back to the workspace
              </Link>
            </>
          ) : (
            <p className="muted">The report appears here once the candidate submits.</p>
          )}
        </div>
      )}
      {view === 'abandoned' && (
        <div className="card center-text" data-testid="attempt-abandoned">
          <h2>This attempt was abandoned</h2>
          <p className="muted">It was given up before it started, so there is nothing to score.</p>
        </div>
      )}
      {view === 'failed' && <ScoringFailed assessment={assessment} />}
      {view === 'scoring' && <ScoringProgress assessment={assessment} />}
      {view === 'report' && assessment.score ? (
        <Report assessment={assessment} score={assessment.score} />
      ) : (
        <SubmissionNote assessment={assessment} />
      )}
    </div>
  );
}
