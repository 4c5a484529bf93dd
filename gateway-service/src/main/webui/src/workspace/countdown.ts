/** Minutes before the deadline at which the candidate is warned. */
export const WARNING_MINUTES = [15, 5, 1] as const;

export type TimerTone = 'normal' | 'warning' | 'critical' | 'expired';

/** Time left until the deadline, judged by the server's clock (`offsetMs` = server − client). */
export function remainingMs(deadline: Date | string, nowMs: number, offsetMs = 0): number {
  const end = typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime();
  if (Number.isNaN(end)) return 0;
  return Math.max(0, end - (nowMs + offsetMs));
}

/** `h:mm:ss` from one hour up, `mm:ss` below; rounds up so that 0:00 means time is up. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

export function timerTone(ms: number): TimerTone {
  if (ms <= 0) return 'expired';
  if (ms <= 5 * 60_000) return 'critical';
  if (ms <= 15 * 60_000) return 'warning';
  return 'normal';
}

/**
 * Which warning to show now. Returns the tightest threshold that has been reached and not yet
 * shown, and every threshold reached so far to mark as shown. Opening the workspace with three
 * minutes left shows the five-minute warning once, not all three; nothing is shown at zero.
 */
export function dueWarning(
  ms: number,
  shown: ReadonlySet<number>,
): { warn: number | null; reached: number[] } {
  if (ms <= 0) return { warn: null, reached: [...WARNING_MINUTES] };
  const reached = WARNING_MINUTES.filter((minutes) => ms <= minutes * 60_000);
  if (reached.length === 0) return { warn: null, reached: [] };
  const tightest = Math.min(...reached);
  return { warn: shown.has(tightest) ? null : tightest, reached };
}

export function warningText(minutes: number): string {
  return minutes === 1 ? '1 minute remaining' : `${minutes} minutes remaining`;
}

/** Toast text: exact when the threshold was just crossed, "less than" when the page opened later. */
export function warningMessage(minutes: number, remaining: number): string {
  if (remaining > (minutes * 60 - 30) * 1000) return warningText(minutes);
  return minutes === 1 ? 'Less than 1 minute remaining' : `Less than ${minutes} minutes remaining`;
}
