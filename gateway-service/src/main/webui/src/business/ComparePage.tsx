import { ArrowLeft, GitCompareArrows, TriangleAlert } from 'lucide-react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { formatDuration, formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { BusinessHeader } from './BusinessNav';
import { COMPARE_MAX, COMPARE_MIN, businessReportPath } from './candidates';
import { enoughToCompare, hiddenTestsPassed, idsFromParam, notScoredIds, rankedCandidates } from './compare';
import { CompareRadar } from './CompareRadar';
import { AiUsageTable, CandidateHead, ScoresTable, TimeAndIntegrityTable } from './CompareTables';
import './business.css';
import './pipeline.css';

const BACK = (
  <Link to="/business/candidates" className="btn btn-secondary" data-testid="back-to-candidates">
    <ArrowLeft size={16} aria-hidden="true" />
    Candidates
  </Link>
);

/** `/business/compare?ids=a,b,c`: two to five scored attempts side by side, ranked. */
export function ComparePage() {
  const [searchParams] = useSearchParams();
  const ids = idsFromParam(searchParams.get('ids'));
  const valid = enoughToCompare(ids);
  const { data, error, loading, reload } = useApiQuery(['business-compare', ids], (signal) =>
    valid ? api.compareCandidates(ids, signal) : Promise.resolve(null),
  );
  const notScored = notScoredIds(error);
  const candidates = data ? rankedCandidates(data) : [];

  return (
    <div className="business compare-page" data-testid="compare-page">
      <BusinessHeader title="Compare candidates" subtitle="Scores, AI use, time and integrity side by side, best first." actions={BACK} />

      {!valid && (
        <EmptyState icon={<GitCompareArrows size={32} />} title={`Choose ${COMPARE_MIN} to ${COMPARE_MAX} scored candidates`}>
          <p>Tick the candidates to compare in the list, then press Compare.</p>
        </EmptyState>
      )}
      {valid && loading && !data && <Spinner label="Comparing…" />}
      {notScored && (
        <div className="card compare-refused" role="alert" data-testid="compare-not-scored">
          <TriangleAlert size={22} aria-hidden="true" />
          <div>
            <strong>Only scored attempts can be compared.</strong>
            <p className="muted">
              {notScored.length === 1 ? 'One of the chosen attempts is' : `${notScored.length || 'Some'} of the chosen attempts are`} not scored
              yet. Choose other candidates, or come back once scoring is done.
            </p>
          </div>
        </div>
      )}
      {error && !notScored && <ErrorState error={error} title="The comparison could not be loaded" onRetry={reload} />}

      {data && (
        <>
          {!data.sameTask && (
            <div className="notice notice-warn" data-testid="compare-different-tasks">
              These attempts are of different tasks ({[...new Set(candidates.map((c) => c.taskTitle))].join(', ')}): each was scored
              against its own task's weights, so compare the figures with care.
            </div>
          )}
          <div className="compare-top">
            <section className="card compare-section" aria-label="Ranking" data-testid="compare-ranking">
              <h2 className="card-title">Ranking</h2>
              <ol className="ranking">
                {candidates.map((candidate, index) => {
                  const report = businessReportPath({ assessmentId: candidate.assessmentId, status: 'scored' });
                  const passed = hiddenTestsPassed(candidate);
                  return (
                    <li key={candidate.assessmentId} data-testid="ranking-entry" data-assessment-id={candidate.assessmentId}>
                      <span className="rank">{index + 1}</span>
                      <div className="ranking-main">
                        <CandidateHead candidate={candidate} index={index} />
                        <span className="muted tiny">
                          {candidate.taskTitle}
                          {passed !== null && ` · hidden tests ${passed}/${candidate.hiddenTests?.total ?? '—'}`}
                          {candidate.time?.spentSeconds ? ` · ${formatDuration(candidate.time.spentSeconds)}` : ''}
                        </span>
                      </div>
                      <strong className="ranking-score">{formatScore(candidate.finalScore)}</strong>
                      {candidate.level && <LevelBadge level={candidate.level} size="sm" />}
                      {report && (
                        <Link to={report} className="report-link">
                          Report
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
            <section className="card compare-section" aria-label="Categories">
              <h2 className="card-title">Categories</h2>
              <CompareRadar candidates={candidates} />
            </section>
          </div>
          <ScoresTable candidates={candidates} />
          <AiUsageTable candidates={candidates} />
          <TimeAndIntegrityTable candidates={candidates} />
        </>
      )}
    </div>
  );
}
