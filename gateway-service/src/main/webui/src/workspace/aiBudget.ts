// What is left of the AI limits, in the chat panel's words: the budget line, its warning, and when a refused request
// (429) can succeed again. Pure, so that the wording and the arithmetic are tested without a browser.
import type { ApiError } from '../api/client';
import type { AiBudgetStatus } from '../api/types';

/** From this share of a budget used on, the line warns. */
export const WARN_SHARE = 0.8;

export interface BudgetLine {
  /** Tokens left for this assessment, as the daily budget also allows (the smaller of the two). */
  tokensLeft: number;
  /** "12.4k of 50k tokens left" */
  tokensText: string;
  /** "18/20 requests this minute" */
  requestsText: string;
  /** The share (0–1) used of the tightest budget. */
  usedShare: number;
  warn: boolean;
  /** Why it warns, in words; null without a warning. */
  warning: string | null;
}

/** 950 → "950", 12_400 → "12.4k", 1_250_000 → "1.25M". */
export function compactCount(n: number): string {
  if (n < 1000) return String(Math.max(0, Math.round(n)));
  if (n < 1_000_000) return `${trim(n / 1000, n < 100_000 ? 1 : 0)}k`;
  return `${trim(n / 1_000_000, 2)}M`;
}

function trim(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function share(used: number, limit: number): number {
  return limit > 0 ? Math.min(1, Math.max(0, used / limit)) : 1;
}

export function budgetLine(budget: AiBudgetStatus): BudgetLine {
  const { assessment, daily, requestsPerMinute: rate } = budget;
  const assessmentShare = share(assessment.used, assessment.limit);
  const dailyShare = share(daily.used, daily.limit);
  const dailyTighter = daily.remaining < assessment.remaining;
  const tokensLeft = Math.min(assessment.remaining, daily.remaining);
  const requestsShare = share(rate.limit - rate.remaining, rate.limit);
  const usedShare = Math.max(assessmentShare, dailyShare);
  let warning: string | null = null;
  if (dailyShare >= WARN_SHARE && (dailyTighter || dailyShare >= assessmentShare)) {
    warning = `${Math.round(dailyShare * 100)}% of today's AI tokens used`;
  } else if (assessmentShare >= WARN_SHARE) {
    warning = `${Math.round(assessmentShare * 100)}% of this assessment's AI tokens used`;
  } else if (requestsShare >= WARN_SHARE) {
    warning = `${rate.remaining} of ${rate.limit} requests left this minute`;
  }
  return {
    tokensLeft,
    tokensText: dailyTighter
      ? `${compactCount(tokensLeft)} tokens left today`
      : `${compactCount(tokensLeft)} of ${compactCount(assessment.limit)} tokens left`,
    requestsText: `${rate.remaining}/${rate.limit} requests this minute`,
    usedShare,
    warn: warning !== null,
    warning,
  };
}

/** A time as the reader's clock shows it ("14:05"), with the day when it is not today. */
export function localTime(at: Date, now: Date = new Date(), locale?: string, timeZone?: string): string {
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay =
    at.toLocaleDateString(locale, { timeZone }) === now.toLocaleDateString(locale, { timeZone });
  return sameDay ? time : `${at.toLocaleDateString(locale, { weekday: 'short', timeZone })} ${time}`;
}

/**
 * When a refused chat request can succeed again: from the refusal's Retry-After, else from the budget's resetsAt of
 * the limit it names. Null for the assessment's own budget, which does not renew.
 */
export function resetsAt(error: Pick<ApiError, 'status' | 'kind' | 'retryAfterSeconds'>, budget: AiBudgetStatus | null, now: number = Date.now()): Date | null {
  if (error.status !== 429 || error.kind === 'ai-token-budget-exhausted') return null;
  if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds >= 0) return new Date(now + error.retryAfterSeconds * 1000);
  const from =
    error.kind === 'ai-daily-token-budget-exhausted' ? budget?.daily.resetsAt : error.kind === 'ai-rate-limited' ? budget?.requestsPerMinute.resetsAt : undefined;
  if (!from) return null;
  const at = new Date(from);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The sentence under a refused request that says what the limit is and when it lifts, in local time. */
export function limitNote(
  error: Pick<ApiError, 'status' | 'kind' | 'retryAfterSeconds'>,
  budget: AiBudgetStatus | null,
  now: number = Date.now(),
  locale?: string,
  timeZone?: string,
): string | null {
  if (error.status !== 429) return null;
  if (error.kind === 'ai-token-budget-exhausted') {
    return 'This budget belongs to the assessment and does not renew; you can keep working without the assistant.';
  }
  const at = resetsAt(error, budget, now);
  const when = at ? localTime(at, new Date(now), locale, timeZone) : null;
  switch (error.kind) {
    case 'ai-daily-token-budget-exhausted':
      return when ? `Your daily AI budget renews at ${when} (your time).` : 'Your daily AI budget renews at midnight UTC.';
    case 'ai-in-flight-limit':
      return when ? `Try again at ${when}, once an answer has finished.` : null;
    default:
      return when
        ? `Too many requests this minute${budget ? ` (at most ${budget.requestsPerMinute.limit})` : ''}; you can ask again at ${when}.`
        : 'Too many requests this minute; wait a moment and ask again.';
  }
}
