import { useQuery } from '@tanstack/react-query';
import {
  ArrowLeft,
  Bot,
  CheckCircle2,
  Download,
  FlaskConical,
  Hourglass,
  MessageSquareText,
  ShieldAlert,
  ThumbsUp,
  TrendingUp,
  XCircle,
} from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, toApiError } from '../../api/client';
import type { EvidenceReport, Score } from '../../api/types';
import { Button } from '../../shared/Button';
import { ErrorState } from '../../shared/ErrorState';
import { formatDateTime, formatDuration, STATUS_LABELS, TASK_TYPE_LABELS, DIFFICULTY_LABELS } from '../../shared/format';
import { reportNames } from '../../shared/scoreLabels';
import { Spinner } from '../../shared/Spinner';
import { useToast } from '../../shared/useToast';
import { CategoryBreakdown } from '../../results/CategoryBreakdown';
import { Findings } from '../../results/Findings';
import { ScoreCard } from '../../results/ScoreCard';
import { ScoreRadar } from '../../results/ScoreRadar';
import { IntegrityFlags } from '../IntegrityFlags';
import { saveBlob } from '../useCsvExport';
import { SessionReplay } from '../../shared/replay/SessionReplay';
import { pdfFileName, pdfProblemText, isScoredReport } from './reportPage';
import '../../results/results.css';
import './report.css';

function BackLink() {
  return (
    <Link to="/business/candidates" className="back-link" data-testid="back-to-candidates">
      <ArrowLeft size={15} aria-hidden="true" /> All candidates
    </Link>
  );
}

function usePdfDownload(report: EvidenceReport) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await api.businessReportPdf(report.assessmentId);
      const name = file.fileName || pdfFileName(report);
      saveBlob(file.blob, name);
      toast.show({ kind: 'success', title: 'PDF ready', detail: `${name} was downloaded.` });
    } catch (err) {
      const problem = pdfProblemText(toApiError(err));
      toast.show({ kind: 'error', title: problem.title, detail: problem.detail, durationMs: 8000 });
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}

function ReportHeader({ report }: { report: EvidenceReport }) {
  const { busy, download } = usePdfDownload(report);
  const name = report.candidate?.name?.trim() || report.candidate?.email || 'Candidate';
  const task = report.task;
  return (
    <header className="report-header" data-testid="report-header">
      <div className="report-header-main">
        <BackLink />
        <span className="eyebrow">Evidence report</span>
        <h1 data-testid="candidate-name">{name}</h1>
        {report.candidate?.email && (
          <p className="candidate-email">
            <a href={`mailto:${report.candidate.email}`} data-testid="candidate-email">
              {report.candidate.email}
            </a>
          </p>
        )}
        <dl className="report-facts">
          <div>
            <dt>Task</dt>
            <dd data-testid="report-task">
              {task?.title ?? '—'}
              {task?.taskType && (
                <span className="muted small">
                  {' '}
                  · {TASK_TYPE_LABELS[task.taskType as keyof typeof TASK_TYPE_LABELS] ?? task.taskType}
                  {task.difficulty && ` · ${DIFFICULTY_LABELS[task.difficulty as keyof typeof DIFFICULTY_LABELS] ?? task.difficulty}`}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Submitted</dt>
            <dd data-testid="report-submitted">
              {report.submittedAt ? formatDateTime(report.submittedAt) : '—'}
              {report.autoSubmitted && <span className="muted small"> · at the time limit</span>}
            </dd>
          </div>
          <div>
            <dt>Time spent</dt>
            <dd data-testid="report-time-spent">
              {report.timeSpentSeconds != null ? formatDuration(report.timeSpentSeconds) : '—'}
              {task?.timeLimitMinutes ? <span className="muted small"> of {task.timeLimitMinutes} min</span> : null}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`status status-${report.status}`} data-testid="report-status">
                {STATUS_LABELS[report.status] ?? report.status}
              </span>
              {report.attemptNumber && report.attemptNumber > 1 ? <span className="muted small"> · attempt #{report.attemptNumber}</span> : null}
            </dd>
          </div>
        </dl>
      </div>
      <div className="report-header-actions">
        <Button
          variant="primary"
          onClick={() => void download()}
          loading={busy}
          disabled={!isScoredReport(report)}
          title={isScoredReport(report) ? undefined : 'The PDF is available once the attempt is scored'}
          icon={<Download size={16} aria-hidden="true" />}
          data-testid="download-pdf"
        >
          {busy ? 'Generating PDF…' : 'Download PDF'}
        </Button>
      </div>
    </header>
  );
}

/** The failures first (what a reviewer reads), each group in the suite's order. */
function failedFirst<T extends { passed?: boolean }>(tests: T[]): T[] {
  return [...tests.filter((t) => !t.passed), ...tests.filter((t) => t.passed)];
}

function HiddenTests({ report }: { report: EvidenceReport }) {
  const hidden = report.hiddenTests;
  return (
    <section className="card" aria-labelledby="hidden-heading" data-testid="hidden-tests">
      <h2 id="hidden-heading" className="card-title">
        <FlaskConical size={18} aria-hidden="true" /> Hidden tests
      </h2>
      {!hidden ? (
        <p className="muted">No hidden test run: the task has no hidden suite, or the attempt is not submitted yet.</p>
      ) : (
        <>
          <p className="hidden-summary" data-testid="hidden-summary">
            <strong>
              {hidden.passed}/{hidden.total} passed
            </strong>
            {hidden.failed > 0 && <span className="term-fail"> · {hidden.failed} failed</span>}
            {hidden.durationMs != null && <span className="muted"> · {(hidden.durationMs / 1000).toFixed(1)} s</span>}
            {hidden.runner && <span className="muted"> · {hidden.runner}</span>}
            {hidden.timedOut && <span className="term-fail"> · timed out</span>}
            {hidden.counted === false && <span className="pill pill-warn"> not counted in the score</span>}
          </p>
          {hidden.error && (
            <pre className="hidden-error" data-testid="hidden-error">
              {hidden.error}
            </pre>
          )}
          {(hidden.tests ?? []).length > 0 && (
            <ul className="hidden-tests-list">
              {failedFirst(hidden.tests ?? []).map((t, i) => (
                <li key={`${t.name}-${i}`} className={t.passed ? 'passed' : 'failed'} data-testid="hidden-test" data-passed={String(!!t.passed)}>
                  {t.passed ? (
                    <CheckCircle2 size={16} className="term-pass" aria-label="passed" />
                  ) : (
                    <XCircle size={16} className="term-fail" aria-label="failed" />
                  )}
                  <div>
                    <code className="hidden-test-name">{t.name}</code>
                    {t.message && <pre className="hidden-test-message">{t.message}</pre>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function AiUsage({ report }: { report: EvidenceReport }) {
  const usage = report.aiUsage;
  return (
    <section className="card" aria-labelledby="ai-heading" data-testid="report-ai-usage">
      <h2 id="ai-heading" className="card-title">
        <Bot size={18} aria-hidden="true" /> AI usage
      </h2>
      {!usage ? (
        <p className="muted">No AI usage recorded.</p>
      ) : (
        <dl className="stat-grid">
          <div>
            <dt>Prompts</dt>
            <dd>{usage.prompts ?? 0}</dd>
          </div>
          <div>
            <dt>AI-written code</dt>
            <dd>{usage.aiCodeShare != null ? `${Math.round(usage.aiCodeShare * 100)}%` : '—'}</dd>
          </div>
          <div>
            <dt>Tokens in / out</dt>
            <dd>
              {usage.inputTokens != null || usage.outputTokens != null
                ? `${(usage.inputTokens ?? 0).toLocaleString()} / ${(usage.outputTokens ?? 0).toLocaleString()}`
                : '—'}
            </dd>
          </div>
          <div>
            <dt>Models</dt>
            <dd>{(usage.modelsUsed ?? []).join(', ') || '—'}</dd>
          </div>
        </dl>
      )}
      {usage?.source === 'chat' && <p className="muted small">Counted from the chat: the score report's figures come with the score.</p>}
    </section>
  );
}

function Integrity({ report }: { report: EvidenceReport }) {
  const scored = isScoredReport(report);
  const hiddenFlags = report.hiddenTests?.integrityFlags ?? [];
  const signals = (report.timeline ?? []).filter((e) => e.kind === 'integrity');
  const warnings = report.timelineSummary?.warnings ?? [];
  return (
    <section className="card" aria-labelledby="integrity-heading" data-testid="report-integrity">
      <h2 id="integrity-heading" className="card-title">
        <ShieldAlert size={18} aria-hidden="true" /> Integrity
      </h2>
      {scored ? (
        <IntegrityFlags flags={report.integrityFlags} scored />
      ) : (
        <p className="muted small">The integrity findings come with the score.</p>
      )}
      {hiddenFlags.length > 0 && (
        <p className="small">
          Hidden run: <IntegrityFlags flags={hiddenFlags} scored />
        </p>
      )}
      {signals.length > 0 && (
        <ul className="integrity-signals small">
          {signals.map((s, i) => (
            <li key={s.eventId ?? i}>
              <code>{s.code}</code>
              {s.details && Object.keys(s.details).length > 0 && <span className="muted"> {JSON.stringify(s.details)}</span>}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="integrity-warnings small muted" data-testid="timeline-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChatTranscript({ report }: { report: EvidenceReport }) {
  const chat = report.chat ?? [];
  return (
    <section className="card" aria-labelledby="chat-heading" data-testid="report-chat">
      <h2 id="chat-heading" className="card-title">
        <MessageSquareText size={18} aria-hidden="true" /> Chat transcript ({chat.length})
      </h2>
      {chat.length === 0 ? (
        <p className="muted">The candidate did not use the AI assistant.</p>
      ) : (
        <div className="transcript">
          {chat.map((m, i) => (
            <div key={m.id ?? i} className={`replay-message replay-message-${m.role === 'user' ? 'user' : 'assistant'}`}>
              <span className="replay-message-who">
                {m.role === 'user' ? 'Candidate' : (m.model ?? 'AI')}
                {m.createdAt && <time className="muted"> · {formatDateTime(m.createdAt)}</time>}
              </span>
              <p>{m.content}</p>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function ScoreSections({ report, score }: { report: EvidenceReport; score: Score }) {
  const names = reportNames(score.detailedAnalysis?.weights);
  const summary = score.detailedAnalysis?.reviewerSummary ?? score.detailedAnalysis?.summary;
  return (
    <>
      <ScoreCard score={score} summary={summary} names={names} />
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
          <Findings items={score.strengths} kind="strength" startedAt={report.startedAt} names={names} />
        </section>
        <section className="card" aria-labelledby="growth-heading">
          <h2 id="growth-heading" className="card-title title-grow">
            <TrendingUp size={18} aria-hidden="true" /> Areas for improvement
          </h2>
          <Findings items={score.improvements} kind="improvement" startedAt={report.startedAt} names={names} />
        </section>
      </div>
    </>
  );
}

function NotScored({ report }: { report: EvidenceReport }) {
  const running = report.status === 'pending' || report.status === 'in_progress';
  return (
    <div className="card center-text report-not-scored" data-testid="report-not-scored" role="status">
      <Hourglass size={30} aria-hidden="true" className="muted" />
      <h2>
        {running
          ? 'This assessment is still in progress'
          : report.status === 'failed'
            ? 'This attempt could not be scored'
            : report.status === 'abandoned'
              ? 'This attempt was abandoned'
              : 'This attempt is not scored yet'}
      </h2>
      <p className="muted">
        {running
          ? 'The score, the hidden tests and the PDF appear once the candidate submits and the attempt is scored.'
          : 'The score and the PDF appear here once scoring has finished. What was recorded so far is shown below.'}
      </p>
      <Link to="/business/candidates" className="btn btn-secondary">
        Back to candidates
      </Link>
    </div>
  );
}

/** `/business/reports/:id`: a candidate's attempt as evidence for the business that set the task. */
export function BusinessReportPage() {
  const { id = '' } = useParams();
  // Opened from a scrolled list, the report starts at its top.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [id]);
  const query = useQuery({
    queryKey: ['business-report', id],
    queryFn: ({ signal }) => api.businessReport(id, signal),
  });
  if (query.isPending) return <Spinner label="Loading the report…" />;
  if (query.isError) {
    const error = toApiError(query.error);
    return (
      <div className="narrow" data-testid="business-report-error">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Report not found' : 'The report could not be loaded'}
          onRetry={error.status === 404 ? undefined : () => void query.refetch()}
        />
        <BackLink />
      </div>
    );
  }
  const report = query.data;
  const scored = isScoredReport(report);
  return (
    <div className="results business-report" data-testid="business-report" data-status={report.status}>
      <ReportHeader report={report} />
      {scored && report.score ? <ScoreSections report={report} score={report.score} /> : <NotScored report={report} />}
      {report.notes && (
        <section className="card submission-note" data-testid="submission-note">
          <h2 className="card-title">
            <MessageSquareText size={18} aria-hidden="true" /> The candidate's note
          </h2>
          <p className="submission-note-text">{report.notes}</p>
        </section>
      )}
      <div className="results-grid">
        <HiddenTests report={report} />
        <div className="report-stack">
          <AiUsage report={report} />
          <Integrity report={report} />
        </div>
      </div>
      <SessionReplay report={report} />
      <ChatTranscript report={report} />
      {report.scoreVersion?.scoringVersion && (
        <p className="scoring-meta muted small">
          Scoring {report.scoreVersion.scoringVersion}
          {report.scoredAt && ` · scored ${formatDateTime(report.scoredAt)}`}
          {report.scoreVersion.earlierRevisions ? ` · ${report.scoreVersion.earlierRevisions} earlier revision(s)` : ''}
        </p>
      )}
    </div>
  );
}
