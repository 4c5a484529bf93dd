// The audit page's filters: kept in the address bar (so a filtered view can be shared between admins) and turned
// into the query of GET /api/admin/audit.

export interface AuditFilters {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  /** datetime-local values (the admin's own time zone), '' for no bound */
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** The actions the services record, for the filter's suggestions (any other dotted name can be typed). */
export const AUDIT_ACTIONS: Record<string, string> = {
  'session.signed-in': 'Signed in',
  'session.sign-in-failed': 'Sign-in failed',
  'session.signed-out': 'Signed out',
  'account.role-changed': 'Role changed',
  'account.plan-changed': 'Plan changed',
  'account.deleted': 'Account deleted',
  'task.published': 'Task published',
  'task.deleted': 'Task deleted',
  'invitation.sent': 'Invitation sent',
  'invitation.cancelled': 'Invitation cancelled',
  'report.viewed': 'Report viewed',
  'report.exported': 'Report exported',
  'candidates.exported': 'Candidates exported',
  'scoring.rescore-requested': 'Re-score requested',
};

export const AUDIT_TARGET_TYPES = ['account', 'task', 'invitation', 'assessment', 'platform'] as const;

const FILTER_KEYS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

export function filtersFrom(params: URLSearchParams): AuditFilters {
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    targetType: params.get('targetType') ?? '',
    targetId: params.get('targetId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

export function paramsOf(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (filters.page > 0) params.set('page', String(filters.page));
  return params;
}

/** A datetime-local value as an ISO instant for the API; undefined when empty or not a time. */
export function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** What the API is asked for these filters. */
export function auditQuery(filters: AuditFilters): Record<string, string | number | undefined> {
  return {
    actor: filters.actor.trim() || undefined,
    action: filters.action.trim() || undefined,
    targetType: filters.targetType.trim() || undefined,
    targetId: filters.targetId.trim() || undefined,
    from: toInstant(filters.from),
    to: toInstant(filters.to),
    page: filters.page,
    size: AUDIT_PAGE_SIZE,
  };
}

export function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}

/** The details of an entry as one short line: `plan: premium · previousPlan: business`. */
export function detailsText(details: Record<string, string> | undefined): string {
  return Object.entries(details ?? {})
    .map(([key, value]) => `${key}: ${value}`)
    .join(' · ');
}
