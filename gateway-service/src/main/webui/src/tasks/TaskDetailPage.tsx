import { FileText } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { queryKeys } from '../api/queryKeys';
import { api } from '../api/client';
import type { EvaluationConfig, Task, TaskFile } from '../api/types';
import { ErrorState } from '../shared/ErrorState';
import { formatBytes, formatDateTime } from '../shared/format';
import { Markdown } from '../shared/Markdown';
import { categoryLabel, subitemLabel } from '../shared/scoreLabels';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { StartArea } from './StartArea';
import { DifficultyPill, TaskTypePill } from './TaskCard';
import './tasks.css';

function WeightsTable({ config }: { config: EvaluationConfig | null | undefined }) {
  const categories = Object.entries(config?.categoryWeights ?? {});
  if (categories.length === 0) return <p className="muted small">This task uses the default weights.</p>;
  if (!config) return null;
  return (
    <table className="table weights-table" data-testid="weights-table">
      <thead>
        <tr>
          <th>Category</th>
          <th className="right">Weight</th>
        </tr>
      </thead>
      <tbody>
        {categories.map(([key, weight]) => {
          const subitems = Object.entries(config.subitemWeights?.[key] ?? {});
          return (
            <tr key={key}>
              <td>
                <div className="weight-head">
                  <span className="strong">{categoryLabel(key, config)}</span>
                </div>
                <div className="weight-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, weight)}%` }} />
                </div>
                {subitems.length > 0 && (
                  <div className="subitems">
                    {subitems.map(([sub, w]) => (
                      <span key={sub} className="subitem-chip">
                        {subitemLabel(key, sub, config)} <b>{w}%</b>
                      </span>
                    ))}
                  </div>
                )}
              </td>
              <td className="right strong weight-value">{weight}%</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function FilesList({ files: all }: { files: TaskFile[] }) {
  // Hidden test files are for the task's creator; a candidate never sees them.
  const files = all.filter((file) => file.visibility !== 'hidden');
  if (files.length === 0) return <p className="muted small">You start from an empty workspace.</p>;
  return (
    <ul className="file-list" data-testid="task-files">
      {[...files]
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((file) => (
          <li key={file.id}>
            <FileText className="file-list-icon" size={15} aria-hidden="true" />
            <code>{file.path}</code>
            <span className="muted small">{formatBytes(file.sizeBytes)}</span>
          </li>
        ))}
    </ul>
  );
}

export function TaskDetailPage() {
  const { id = '' } = useParams();
  const { data: task, error, loading, reload } = useApiQuery(queryKeys.task(id), (signal) => api.getTask(id, signal));

  if (loading) return <Spinner label="Loading the task…" />;
  if (error) {
    return (
      <div className="narrow">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Task not found' : 'The task could not be loaded'}
          onRetry={error.status === 404 ? undefined : reload}
        />
        <Link to="/dashboard">← Back to the dashboard</Link>
      </div>
    );
  }
  if (!task) return null;

  return (
    <TaskDetailView task={task} files={task.files ?? []} config={task.evaluationConfig} start={<StartArea taskId={task.id} />} />
  );
}

function attemptsText(maxAttempts: number | null | undefined): string {
  if (maxAttempts === null || maxAttempts === undefined) return 'Unlimited attempts';
  return `Up to ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}`;
}

/** The task as a candidate sees it; the business's preview renders the same view with its own start area. */
export function TaskDetailView({
  task,
  files,
  config,
  start,
  backLink = true,
}: {
  task: Task;
  files: TaskFile[];
  config: EvaluationConfig | null | undefined;
  start: ReactNode;
  backLink?: boolean;
}) {
  return (
    <div className="task-detail" data-testid="task-detail">
      {backLink && (
        <Link to="/dashboard" className="back-link">
          ← All tasks
        </Link>
      )}
      <div className="task-detail-grid">
        <article className="card task-detail-main">
          <div className="task-card-top">
            <TaskTypePill taskType={task.taskType} />
            <DifficultyPill difficulty={task.difficulty} />
          </div>
          <h1 data-testid="task-title">{task.title}</h1>
          <Markdown>{task.description}</Markdown>
        </article>
        <aside className="task-detail-side">
          <div className="card start-card">
            <div className="start-card-time">
              <span className="start-card-number">{task.timeLimitMinutes}</span>
              <span>minutes</span>
            </div>
            <p className="muted small">
              The timer starts as soon as you start. Everything you do in the workspace — edits, commands and AI
              conversations — is recorded for your report.
            </p>
            {start}
            <ul className="start-card-facts">
              <li>{attemptsText(task.maxAttempts)}</li>
              <li>{task.usesPlatformKeys ? 'AI models provided by Skills Lab' : 'Bring your own AI key'}</li>
              {task.accessEndDate && <li>Available until {formatDateTime(task.accessEndDate)}</li>}
            </ul>
          </div>
          <div className="card">
            <h2 className="card-title">Starter files</h2>
            <FilesList files={files} />
          </div>
          <div className="card">
            <h2 className="card-title">How it is scored</h2>
            <WeightsTable config={config} />
          </div>
        </aside>
      </div>
    </div>
  );
}
