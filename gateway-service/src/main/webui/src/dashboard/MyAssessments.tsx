import { ClipboardList } from 'lucide-react';
import { Link } from 'react-router-dom';
import type { AssessmentPage, AssessmentSummary } from '../api/types';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { STATUS_LABELS, formatDate, formatScore, label } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Spinner } from '../shared/Spinner';
import type { ApiState } from '../shared/useApiQuery';

function actionFor(assessment: AssessmentSummary): { to: string; text: string } | null {
  switch (assessment.status) {
    case 'pending':
      return { to: `/workspace/${assessment.id}`, text: 'Open' };
    case 'in_progress':
      return { to: `/workspace/${assessment.id}`, text: `Resume attempt #${assessment.attemptNumber}` };
    case 'abandoned':
      return null;
    default:
      return { to: `/results/${assessment.id}`, text: 'View results' };
  }
}

export function MyAssessments({ state }: { state: ApiState<AssessmentPage> }) {
  const { data, error, loading, reload } = state;
  const assessments = data?.assessments ?? [];
  return (
    <section className="section" aria-labelledby="assessments-heading">
      <div className="section-heading">
        <h2 id="assessments-heading">My assessments</h2>
        {data && data.total > assessments.length && (
          <span className="muted small">
            Showing the latest {assessments.length} of {data.total}
          </span>
        )}
      </div>
      {loading && <Spinner label="Loading your assessments…" />}
      {error && <ErrorState error={error} title="Your assessments could not be loaded" onRetry={reload} compact />}
      {!loading && !error && assessments.length === 0 && (
        <EmptyState icon={<ClipboardList size={28} />} title="No assessments yet">
          Choose a task below to take your first assessment.
        </EmptyState>
      )}
      {!loading && !error && assessments.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="assessment-table">
            <thead>
              <tr>
                <th>Task</th>
                <th>Attempt</th>
                <th>Status</th>
                <th>Score</th>
                <th>Level</th>
                <th>Date</th>
                <th>
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => {
                const action = actionFor(assessment);
                return (
                  <tr key={assessment.id} data-testid="assessment-row" data-assessment-id={assessment.id}>
                    <td>
                      <span className="strong">{assessment.taskTitle}</span>
                      {assessment.companyName && <span className="muted small block">for {assessment.companyName}</span>}
                    </td>
                    <td>#{assessment.attemptNumber}</td>
                    <td>
                      <span className={`status status-${assessment.status}`}>{label(STATUS_LABELS, assessment.status)}</span>
                    </td>
                    <td className="score-cell">{formatScore(assessment.finalScore)}</td>
                    <td>{assessment.proficiencyLevel ? <LevelBadge level={assessment.proficiencyLevel} size="sm" /> : '—'}</td>
                    <td>{formatDate(assessment.submittedAt ?? assessment.startedAt ?? assessment.createdAt)}</td>
                    <td className="right">
                      {action && (
                        <Link
                          to={action.to}
                          className={`btn btn-sm ${assessment.status === 'in_progress' ? 'btn-primary' : 'btn-secondary'}`}
                          data-testid="assessment-action"
                        >
                          {action.text}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
