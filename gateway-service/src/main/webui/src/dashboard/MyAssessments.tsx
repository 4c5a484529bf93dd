import { ClipboardList } from 'lucide-react';
import { Link } from 'react-router-dom';
import type { AssessmentPage, AssessmentSummary } from '../api/types';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { STATUS_LABELS, formatDate, formatScore, label } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Pagination } from '../shared/Pagination';
import { Spinner } from '../shared/Spinner';
import type { ApiState } from '../shared/useApiQuery';
import { AssessmentFilterBar } from './AssessmentFilterBar';
import { PAGE_SIZE, hasFilters, pageCount, rangeLabel, type AssessmentFilters } from './assessmentFilters';

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

export function MyAssessments({
  state,
  filters,
  tasks,
  onFilter,
  onPage,
}: {
  state: ApiState<AssessmentPage>;
  filters: AssessmentFilters;
  tasks: { id: string; title: string }[];
  onFilter: (change: Partial<Omit<AssessmentFilters, 'page'>>) => void;
  onPage: (page: number) => void;
}) {
  const { data, error, loading, reload } = state;
  const assessments = data?.assessments ?? [];
  const filtered = hasFilters(filters);
  const total = data?.total ?? 0;
  return (
    <section className="section" aria-labelledby="assessments-heading">
      <div className="section-heading">
        <h2 id="assessments-heading">My assessments</h2>
      </div>
      {(filtered || total > 0 || tasks.length > 0) && <AssessmentFilterBar filters={filters} tasks={tasks} onChange={onFilter} />}
      {loading && <Spinner label="Loading your assessments…" />}
      {error && <ErrorState error={error} title="Your assessments could not be loaded" onRetry={reload} compact />}
      {!loading && !error && assessments.length === 0 && filters.page === 0 && (
        filtered ? (
          <EmptyState icon={<ClipboardList size={28} />} title="No assessments match these filters">
            Change or clear the filters to see more.
          </EmptyState>
        ) : (
          <EmptyState icon={<ClipboardList size={28} />} title="No assessments yet">
            Choose a task below to take your first assessment.
          </EmptyState>
        )
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
      {!error && data && (total > PAGE_SIZE || filters.page > 0) && (
        <Pagination
          page={filters.page}
          pages={Math.max(pageCount(total), filters.page + 1)}
          label={rangeLabel(filters.page, assessments.length, total)}
          onPage={onPage}
          testId="assessment-pages"
        />
      )}
    </section>
  );
}
