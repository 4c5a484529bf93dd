type LimitKey = 'activeTasks' | 'invitationsThisMonth' | 'seats';

/**
 * What the panel reads of `GET /api/business/plan` (the gateway's PlanUsage): `used` is null while the service that
 * counts it does not answer; a `max` of null or 0 means no limit.
 */
export interface PlanFigures {
  plan?: string;
  limits?: Partial<Record<LimitKey, { used?: number | null; max?: number | null }>>;
}

export interface UsageRow {
  key: LimitKey;
  label: string;
  /** null: not counted just now. */
  used: number | null;
  max: number | null;
  /** 0–100, null without a limit. */
  percent: number | null;
  level: 'ok' | 'near' | 'full';
}

const LABELS: Record<LimitKey, string> = {
  activeTasks: 'Active tasks',
  invitationsThisMonth: 'Invitations this month',
  seats: 'Seats',
};

/** The panel's rows: how much of each limit is used; near at 80 %, full at the limit. */
export function usageRows(usage: PlanFigures): UsageRow[] {
  return (Object.keys(LABELS) as LimitKey[])
    .filter((key) => usage.limits?.[key])
    .map((key) => {
      const { used = null, max = null } = usage.limits?.[key] ?? {};
      const limited = typeof max === 'number' && max > 0;
      const percent = limited && used !== null ? Math.min(100, Math.round((used / max) * 100)) : null;
      const level = limited && used !== null && used >= max ? 'full' : percent !== null && percent >= 80 ? 'near' : 'ok';
      return { key, label: LABELS[key], used, max: limited ? max : null, percent, level };
    });
}

export function planLabel(plan: string | undefined): string {
  return plan ? plan.charAt(0).toUpperCase() + plan.slice(1).replace(/[_-]+/g, ' ') : 'Plan';
}
