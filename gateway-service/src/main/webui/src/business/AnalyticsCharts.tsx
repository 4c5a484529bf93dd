import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BusinessAnalytics } from '../api/types';
import { formatScore } from '../shared/format';
import { categoryLabel } from '../shared/scoreLabels';
import { funnelSteps, histogramBars, stepShare, type HistogramBar } from './analytics';
import { orderedCategories } from './compare';

const AXIS = { fill: '#5f6780', fontSize: 12 };

/** The invitation funnel; a step the platform does not track is drawn empty and labelled so. */
export function FunnelChart({ funnel }: { funnel: BusinessAnalytics['funnel'] }) {
  const steps = funnelSteps(funnel);
  const base = funnel.invited;
  const data = steps.map((step) => ({ ...step, bar: step.value ?? 0, text: step.value === null ? 'not tracked' : String(step.value) }));
  return (
    <div data-testid="analytics-funnel">
      <ResponsiveContainer width="100%" height={250}>
        <BarChart data={data} margin={{ top: 22, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#eceef4" />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={false} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as { text: string }).text, 'Candidates']} />
          <Bar dataKey="bar" radius={[6, 6, 0, 0]} isAnimationActive={false}>
            {data.map((step) => (
              <Cell key={step.key} fill={step.value === null ? '#e3e6ee' : '#4f46e5'} />
            ))}
            <LabelList dataKey="text" position="top" style={{ fill: '#3b4256', fontSize: 12, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ol className="funnel-steps">
        {steps.map((step) => (
          <li key={step.key} data-testid={`funnel-${step.key}`} data-value={step.value ?? 'null'}>
            <span>{step.label}</span>
            <strong>{step.value === null ? <span className="muted not-tracked">not tracked</span> : step.value}</strong>
            <small className="muted">{step.key === 'invited' || step.value === null ? '' : stepShare(step.value, base)}</small>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function Histogram({ bars, testId, colour = '#7c3aed', unit }: { bars: HistogramBar[]; testId: string; colour?: string; unit: string }) {
  return (
    <div data-testid={testId}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={bars} margin={{ top: 16, right: 8, left: -16, bottom: 0 }} barCategoryGap={2}>
          <CartesianGrid vertical={false} stroke="#eceef4" />
          <XAxis dataKey="label" tick={{ ...AXIS, fontSize: 11 }} tickLine={false} axisLine={false} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
          <Tooltip formatter={(value) => [value, unit]} />
          <Bar dataKey="count" fill={colour} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ScoreHistogram({ analytics }: { analytics: BusinessAnalytics }) {
  return <Histogram bars={histogramBars(analytics.scoreDistribution)} testId="analytics-score-histogram" unit="Candidates" />;
}

export function AiShareHistogram({ analytics }: { analytics: BusinessAnalytics }) {
  return (
    <Histogram
      bars={histogramBars(analytics.aiUsageDistribution.aiCodeShare, 100, '%')}
      testId="analytics-ai-histogram"
      colour="#0891b2"
      unit="Candidates"
    />
  );
}

export function CategoryAverages({ averages }: { averages: Record<string, number> }) {
  const keys = orderedCategories(Object.keys(averages));
  if (keys.length === 0) return <p className="muted small">No scored attempts yet.</p>;
  return (
    <ul className="category-averages" data-testid="analytics-categories">
      {keys.map((key) => (
        <li key={key}>
          <span>{categoryLabel(key)}</span>
          <span className="mini-bar-track wide">
            <span className="mini-bar-fill" style={{ width: `${Math.max(0, Math.min(100, averages[key]))}%` }} />
          </span>
          <strong>{formatScore(averages[key])}</strong>
        </li>
      ))}
    </ul>
  );
}
