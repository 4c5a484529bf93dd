import { SearchX } from 'lucide-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { Difficulty, Task, TaskType } from '../api/types';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { DIFFICULTY_LABELS, TASK_TYPE_LABELS } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { TaskCard } from '../tasks/TaskCard';

const PAGE_SIZE = 50;

export function TaskCatalogue() {
  const [type, setType] = useState<TaskType | ''>('');
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const [extra, setExtra] = useState<Task[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, error, loading, reload } = useApiQuery(['tasks', 'catalogue', type, difficulty], (signal) =>
    api.listTasks({ type: type || undefined, difficulty: difficulty || undefined, limit: PAGE_SIZE }, signal),
  );
  // The pages loaded with "Show more" follow the first page they were loaded after; a new first page starts over.
  const [extraAfter, setExtraAfter] = useState(data);
  if (extraAfter !== data) {
    setExtraAfter(data);
    setExtra([]);
  }

  const tasks = data ? [...data.tasks, ...extra] : [];
  const hasMore = data ? tasks.length < data.total : false;

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const page = await api.listTasks({
        type: type || undefined,
        difficulty: difficulty || undefined,
        limit: PAGE_SIZE,
        offset: tasks.length,
      });
      setExtra((list) => [...list, ...page.tasks]);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="section" aria-labelledby="catalogue-heading">
      <div className="section-heading">
        <h2 id="catalogue-heading">Task catalogue</h2>
        <div className="filters">
          <label>
            <span>Type</span>
            <select value={type} onChange={(e) => setType(e.target.value as TaskType | '')} data-testid="filter-type">
              <option value="">All types</option>
              {Object.entries(TASK_TYPE_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Difficulty</span>
            <select
              value={difficulty}
              onChange={(e) => setDifficulty(e.target.value as Difficulty | '')}
              data-testid="filter-difficulty"
            >
              <option value="">All levels</option>
              {Object.entries(DIFFICULTY_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {loading && <Spinner label="Loading tasks…" />}
      {error && <ErrorState error={error} title="Tasks could not be loaded" onRetry={reload} />}
      {!loading && !error && tasks.length === 0 && (
        <EmptyState icon={<SearchX size={28} />} title="No tasks match these filters">
          Try another type or difficulty.
        </EmptyState>
      )}
      {!loading && !error && tasks.length > 0 && (
        <>
          <p className="muted small" data-testid="task-count">
            {data?.total ?? tasks.length} task{(data?.total ?? tasks.length) === 1 ? '' : 's'}
          </p>
          <div className="task-grid">
            {tasks.map((task) => (
              <TaskCard key={task.id} task={task} />
            ))}
          </div>
          {hasMore && (
            <div className="center">
              <button type="button" className="btn btn-secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show more tasks'}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
