import { STATUS_LABELS } from '../shared/format';
import { STATUS_FILTERS, hasFilters, isoDate, type AssessmentFilters } from './assessmentFilters';

/** Task, status and a date range for the list; each change goes to the URL (and back to the first page). */
export function AssessmentFilterBar({
  filters,
  tasks,
  onChange,
}: {
  filters: AssessmentFilters;
  tasks: { id: string; title: string }[];
  onChange: (change: Partial<Omit<AssessmentFilters, 'page'>>) => void;
}) {
  return (
    <div className="filters assessment-filters" role="group" aria-label="Filter your assessments" data-testid="assessment-filters">
      <label>
        <span className="small muted">Task</span>
        <select value={filters.taskId ?? ''} onChange={(e) => onChange({ taskId: e.target.value || null })} data-testid="assessment-filter-task">
          <option value="">All tasks</option>
          {tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {task.title}
            </option>
          ))}
          {filters.taskId && !tasks.some((t) => t.id === filters.taskId) && <option value={filters.taskId}>This task</option>}
        </select>
      </label>
      <label>
        <span className="small muted">Status</span>
        <select
          value={filters.status ?? ''}
          onChange={(e) => onChange({ status: (STATUS_FILTERS.find((s) => s === e.target.value) ?? null) })}
          data-testid="assessment-filter-status"
        >
          <option value="">Any status</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="small muted">From</span>
        <input
          type="date"
          value={filters.from ?? ''}
          max={filters.to ?? undefined}
          onChange={(e) => onChange({ from: isoDate(e.target.value) })}
          data-testid="assessment-filter-from"
        />
      </label>
      <label>
        <span className="small muted">To</span>
        <input
          type="date"
          value={filters.to ?? ''}
          min={filters.from ?? undefined}
          onChange={(e) => onChange({ to: isoDate(e.target.value) })}
          data-testid="assessment-filter-to"
        />
      </label>
      {hasFilters(filters) && (
        <button
          type="button"
          className="link-button small"
          onClick={() => onChange({ taskId: null, status: null, from: null, to: null })}
          data-testid="assessment-filter-clear"
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
