// TODO(plan-api): replace PlanUsage with the generated type once `GET /api/business/plan` is in assessment-service's
// OpenAPI document (another change adds the endpoint); this is the one shape the panel relies on.
export interface UsageLimit {
  used: number;
  /** null: no limit on this plan. */
  max: number | null;
}

export interface PlanUsage {
  plan: string;
  limits: {
    activeTasks: UsageLimit;
    invitationsThisMonth: UsageLimit;
    seats: UsageLimit;
  };
}

export interface UsageRow {
  key: keyof PlanUsage['limits'];
  label: string;
  used: number;
  max: number | null;
  /** 0–100, null without a limit. */
  percent: number | null;
  level: 'ok' | 'near' | 'full';
}

const LABELS: Record<keyof PlanUsage['limits'], string> = {
  activeTasks: 'Active tasks',
  invitationsThisMonth: 'Invitations this month',
  seats: 'Seats',
};

/** The panel's rows: how much of each limit is used; near at 80 %, full at the limit. */
export function usageRows(usage: PlanUsage): UsageRow[] {
  return (Object.keys(LABELS) as (keyof PlanUsage['limits'])[])
    .filter((key) => usage.limits?.[key])
    .map((key) => {
      const { used, max } = usage.limits[key];
      const limited = typeof max === 'number' && max > 0;
      const percent = limited ? Math.min(100, Math.round((used / max) * 100)) : null;
      const level = limited && used >= max ? 'full' : percent !== null && percent >= 80 ? 'near' : 'ok';
      return { key, label: LABELS[key], used, max: limited ? max : null, percent, level };
    });
}

export function planLabel(plan: string): string {
  return plan ? plan.charAt(0).toUpperCase() + plan.slice(1).replace(/[_-]+/g, ' ') : 'Plan';
}
