import { NOTICE_KINDS, type NoticeKind, type NotificationPreference } from '../api/types';

/** The badge's text: the count, "99+" past it. */
export function unreadBadge(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
export function relativeTime(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
  return new Date(then).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export const KIND_LABELS: Record<NoticeKind, string> = {
  'candidate.scored': 'A candidate was scored',
  'candidate.submitted': 'A candidate submitted',
  'invitation.accepted': 'An invitation was accepted',
};

/** The three kinds in a fixed order; a kind the server left out is on for both channels, as the server reads it. */
export function preferenceRows(preferences: NotificationPreference[]): NotificationPreference[] {
  const known = NOTICE_KINDS.map(
    (kind) => preferences.find((p) => p.kind === kind) ?? { kind, email: true, inApp: true },
  );
  return [...known, ...preferences.filter((p) => !(NOTICE_KINDS as readonly string[]).includes(p.kind))];
}
