import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import type { EvaluationConfig, TaskFile } from '../api/types';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { CATEGORY_LABELS, formatBytes, humanize, label } from '../shared/format';
import { Markdown } from '../shared/Markdown';
import { Spinner } from '../shared/Spinner';
import { useApi } from '../shared/useApi';
import { DifficultyPill, TaskTypePill } from './TaskCard';
import './tasks.css';

function WeightsTable({ config }: { config: EvaluationConfig | null | undefined }) {
  const categories = Object.entries(config?.categoryWeights ?? {});
  if (categories.length === 0) return <p className="muted small">This task uses the default weights.</p>;
  if (!config) return null;
  const customNames = new Map((config.customCategories ?? []).map((c) => [c.key, c.name]));
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
                  <span className="strong">{customNames.get(key) ?? label(CATEGORY_LABELS, key)}</span>
                </div>
                <div className="weight-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, weight)}%` }} />
                </div>
                {subitems.length > 0 && (
                  <div className="subitems">
                    {subitems.map(([sub, w]) => (
                      <span key={sub} className="subitem-chip">
                        {humanize(sub)} <b>{w}%</b>
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

function FilesList({ files }: { files: TaskFile[] }) {
  if (files.length === 0) return <p className="muted small">You start from an empty workspace.</p>;
  return (
    <ul className="file-list" data-testid="task-files">
      {[...files]
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((file) => (
          <li key={file.id}>
            <span className="file-list-icon" aria-hidden="true">
              📄
            </span>
            <code>{file.path}</code>
            <span className="muted small">{formatBytes(file.sizeBytes)}</span>
          </li>
        ))}
    </ul>
  );
}

export function TaskDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: task, error, loading, reload } = useApi((signal) => api.getTask(id, signal), [id]);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const created = await api.createAssessment(id);
      await api.startAssessment(created.assessmentId);
      navigate(`/workspace/${encodeURIComponent(created.assessmentId)}`);
    } catch (err) {
      setStartError(toApiError(err));
      setStarting(false);
    }
  };

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
    <div className="task-detail" data-testid="task-detail">
      <Link to="/dashboard" className="back-link">
        ← All tasks
      </Link>
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
            <Button variant="primary" size="lg" loading={starting} onClick={() => void start()} data-testid="start-assessment">
              Start assessment
            </Button>
            {startError && <ErrorState compact error={startError} title="The assessment could not be started" />}
            <ul className="start-card-facts">
              <li>Up to {task.maxAttempts} attempt{task.maxAttempts === 1 ? '' : 's'}</li>
              <li>{task.usesPlatformKeys ? 'AI models provided by Skills Lab' : 'Bring your own AI key'}</li>
            </ul>
          </div>
          <div className="card">
            <h2 className="card-title">Starter files</h2>
            <FilesList files={task.files ?? []} />
          </div>
          <div className="card">
            <h2 className="card-title">How it is scored</h2>
            <WeightsTable config={task.evaluationConfig} />
          </div>
        </aside>
      </div>
    </div>
  );
}
