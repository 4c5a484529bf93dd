import { Gauge } from 'lucide-react';
import { api } from '../api/client';
import { useApiQuery } from '../shared/useApiQuery';
import type { PlanUsage } from '../api/types';
import { planLabel, usageRows } from './planUsage';
import './pipeline.css';

/** What the business's plan allows and how much of it is used; hidden when the plan cannot be read. */
export function PlanUsagePanel() {
  const { data, error } = useApiQuery(['business-plan'], (signal) => api.request<PlanUsage>('/api/business/plan', { signal }));
  // A failure to read the plan is not worth a panel of its own on the home.
  if (error || !data) return null;
  const rows = usageRows(data);
  return (
    <section className="card plan-usage" aria-label="Plan usage" data-testid="plan-usage">
      <div className="home-panel-head">
        <h2>
          <Gauge size={17} aria-hidden="true" /> {planLabel(data.plan)} plan
        </h2>
      </div>
      <ul className="plan-rows">
        {rows.map((row) => (
          <li key={row.key} data-testid={`plan-${row.key}`} data-level={row.level}>
            <span className="plan-row-label">{row.label}</span>
            <span className="plan-row-value">
              {row.used ?? 'not counted just now'}
              {row.max !== null ? ` of ${row.max}` : ' · no limit'}
            </span>
            {row.percent !== null && (
              <span className={`plan-meter plan-meter-${row.level}`} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={row.percent} aria-label={row.label}>
                <span style={{ width: `${row.percent}%` }} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
