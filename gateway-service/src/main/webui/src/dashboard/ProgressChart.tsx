import { TrendingUp } from 'lucide-react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Progress } from '../api/types';
import { CATEGORY_LABELS, formatDate, formatScore } from '../shared/format';
import { categoryLabel } from '../shared/scoreLabels';
import type { ApiState } from '../shared/useApiQuery';
import { progressCategories, progressRows } from './progress';

const AXIS = { fill: '#5f6780', fontSize: 12 };
const COLOURS = ['#4f46e5', '#0891b2', '#d97706', '#16a34a', '#db2777', '#7c3aed', '#64748b'];

/** Category scores across the caller's scored attempts, oldest first; the numbers also as a table for screen readers. */
export function ProgressChart({ state }: { state: ApiState<Progress> }) {
  const points = state.data?.points ?? [];
  // Nothing to draw a line through yet: the section waits for a second scored attempt.
  if (points.length < 2) return null;
  const categories = progressCategories(points, Object.keys(CATEGORY_LABELS));
  const rows = progressRows(points, categories);
  const data = rows.map((row) => ({ attempt: row.attempt, label: row.label, ...row.scores }));
  return (
    <section className="section card progress-card" aria-labelledby="progress-heading" data-testid="progress-chart">
      <h2 id="progress-heading" className="card-title">
        <TrendingUp size={18} aria-hidden="true" /> Your progress
      </h2>
      <p className="muted small">Category scores across your {rows.length} scored attempts, oldest first.</p>
      {/* Recharts' keyboard layer lets the arrow keys walk the attempts; the table below has the same numbers. */}
      <figure className="progress-figure" aria-label="Category scores per attempt, oldest first">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 12, right: 12, left: -16, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke="#eceef4" />
            <XAxis dataKey="attempt" tick={AXIS} tickLine={false} axisLine={false} tickFormatter={(n: number) => `#${n}`} />
            <YAxis domain={[0, 100]} tick={AXIS} tickLine={false} axisLine={false} />
            <Tooltip labelFormatter={(_n, items) => (items?.[0]?.payload as { label?: string } | undefined)?.label ?? ''} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {categories.map((key, i) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={categoryLabel(key)}
                stroke={COLOURS[i % COLOURS.length]}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <details className="progress-table" data-testid="progress-table">
        <summary>The numbers</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Attempt</th>
                <th scope="col">Scored</th>
                <th scope="col">Overall</th>
                {categories.map((key) => (
                  <th key={key} scope="col">
                    {categoryLabel(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.assessmentId} data-testid="progress-row">
                  <th scope="row">{row.label}</th>
                  <td>{formatDate(row.scoredAt)}</td>
                  <td>{formatScore(row.finalScore)}</td>
                  {categories.map((key) => (
                    <td key={key}>{formatScore(row.scores[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
