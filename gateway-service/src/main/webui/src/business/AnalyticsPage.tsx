import { useState } from 'react';
import { api } from '../api/client';
import { useAuth } from '../auth/useAuth';
import { ErrorState } from '../shared/ErrorState';
import { formatDuration, formatScore } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { rangeProblem, rangeQuery, totalCount, type RangePreset } from './analytics';
import { AiShareHistogram, CategoryAverages, FunnelChart, ScoreHistogram } from './AnalyticsCharts';
import { BusinessHeader } from './BusinessNav';
import { percent } from './candidates';
import { StatCard } from './HomePanels';
import { useOwnTasks } from './useOwnTasks';
import './business.css';
import './pipeline.css';

const PRESETS: { key: RangePreset; label: string }[] = [
  { key: '7d', label: 'Last 7 days' },
  { key: '30d', label: 'Last 30 days' },
  { key: '90d', label: 'Last 90 days' },
  { key: 'all', label: 'All time' },
  { key: 'custom', label: 'Custom dates' },
];

/** `/business/analytics`: how invitations turn into results, and what the results look like. */
export function AnalyticsPage() {
  const { me } = useAuth();
  const tasks = useOwnTasks(me?.id ?? '');
  const [taskId, setTaskId] = useState('');
  const [preset, setPreset] = useState<RangePreset>('all');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const range = rangeQuery(preset, custom);
  const problem = rangeProblem(range);
  const query = { taskId: taskId || undefined, ...range };
  const { data, error, loading, reload } = useApiQuery(['business-analytics', query], (signal) =>
    problem ? Promise.resolve(null) : api.businessAnalytics(query, signal),
  );

  return (
    <div className="business analytics-page" data-testid="analytics-page">
      <BusinessHeader title="Analytics" subtitle="How your invitations turn into results, and what the results look like." actions={<></>} />

      <div className="toolbar">
        <div className="filters">
          <label>
            <span>Task</span>
            <select value={taskId} onChange={(e) => setTaskId(e.target.value)} data-testid="analytics-filter-task">
              <option value="">All tasks</option>
              {(tasks.data?.own ?? []).map((task) => (
                <option key={task.id} value={task.id}>
                  {task.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Period</span>
            <select value={preset} onChange={(e) => setPreset(e.target.value as RangePreset)} data-testid="analytics-filter-period">
              {PRESETS.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          {preset === 'custom' && (
            <>
              <label>
                <span>From</span>
                <input type="date" className="input date-input" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} data-testid="analytics-from" />
              </label>
              <label>
                <span>To</span>
                <input type="date" className="input date-input" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} data-testid="analytics-to" />
              </label>
            </>
          )}
        </div>
      </div>
      {problem && (
        <div className="notice notice-warn" role="alert">
          {problem}
        </div>
      )}

      {loading && !data && <Spinner label="Loading analytics…" />}
      {error && <ErrorState error={error} title="Analytics could not be loaded" onRetry={reload} />}
      {data && (
        <>
          <div className="home-stats analytics-stats">
            <StatCard testId="analytics-completion" label="Completion rate" value={percent(data.completionRate) ?? '—'} detail="submitted of those invited" />
            <StatCard testId="analytics-average" label="Average score" value={formatScore(data.averageScore)} detail={`${data.attempts.scored} scored ${data.attempts.scored === 1 ? 'attempt' : 'attempts'}`} />
            <StatCard testId="analytics-median-time" label="Median time" value={formatDuration(data.medianTimeSpentSeconds)} detail="spent on a submitted attempt" />
            <StatCard
              testId="analytics-median-prompts"
              label="Median prompts"
              value={data.aiUsageDistribution.medianPrompts ?? '—'}
              detail={`${data.attempts.total} attempts · ${data.attempts.abandoned} abandoned · ${data.attempts.failed} failed`}
            />
          </div>
          <div className="analytics-grid">
            <section className="card analytics-card" aria-label="Invitation funnel">
              <h2 className="card-title">Invitation funnel</h2>
              <FunnelChart funnel={data.funnel} />
            </section>
            <section className="card analytics-card" aria-label="Score distribution">
              <h2 className="card-title">Score distribution</h2>
              {totalCount(data.scoreDistribution) === 0 ? <p className="muted small">No scored attempts in this period.</p> : <ScoreHistogram analytics={data} />}
            </section>
            <section className="card analytics-card" aria-label="Category averages">
              <h2 className="card-title">Category averages</h2>
              <CategoryAverages averages={data.averageByCategory ?? {}} />
            </section>
            <section className="card analytics-card" aria-label="AI usage">
              <h2 className="card-title">AI share of the final code</h2>
              {totalCount(data.aiUsageDistribution.aiCodeShare) === 0 ? (
                <p className="muted small">No attempt with a measured AI share in this period.</p>
              ) : (
                <AiShareHistogram analytics={data} />
              )}
              {data.aiUsageDistribution.withoutAiCodeShare > 0 && (
                <p className="muted tiny">{data.aiUsageDistribution.withoutAiCodeShare} scored attempts have no measured share.</p>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
