import { describe, expect, it } from 'vitest';
import type { AiBudgetStatus } from '../api/types';
import { budgetLine, compactCount, limitNote, localTime, resetsAt } from './aiBudget';

function status(overrides: { used?: number; dailyUsed?: number; requestsLeft?: number } = {}): AiBudgetStatus {
  const used = overrides.used ?? 1000;
  const dailyUsed = overrides.dailyUsed ?? used;
  const requestsLeft = overrides.requestsLeft ?? 19;
  return {
    assessment: { used, limit: 50_000, remaining: Math.max(0, 50_000 - used) },
    daily: { used: dailyUsed, limit: 200_000, remaining: Math.max(0, 200_000 - dailyUsed), resetsAt: '2026-12-08T00:00:00Z' },
    requestsPerMinute: { limit: 20, remaining: requestsLeft, resetsAt: '2026-12-07T16:31:00Z' },
  };
}

const NOW = Date.parse('2026-12-07T16:30:30Z');

describe('budgetLine', () => {
  it('shows tokens and requests left compactly without a warning below 80%', () => {
    const line = budgetLine(status({ used: 12_600 }));
    expect(line.tokensText).toBe('37.4k of 50k tokens left');
    expect(line.requestsText).toBe('19/20 requests this minute');
    expect(line.warn).toBe(false);
    expect(line.warning).toBeNull();
  });

  it('warns from 80% of the assessment budget used', () => {
    expect(budgetLine(status({ used: 39_999 })).warn).toBe(false);
    const line = budgetLine(status({ used: 40_000 }));
    expect(line.warn).toBe(true);
    expect(line.warning).toBe("80% of this assessment's AI tokens used");
  });

  it("names the day's budget when it is the tighter one", () => {
    const line = budgetLine(status({ used: 2_000, dailyUsed: 190_000 }));
    expect(line.tokensLeft).toBe(10_000);
    expect(line.tokensText).toBe('10k tokens left today');
    expect(line.warning).toBe("95% of today's AI tokens used");
  });

  it('warns when the minute is nearly used up', () => {
    const line = budgetLine(status({ requestsLeft: 3 }));
    expect(line.warn).toBe(true);
    expect(line.warning).toBe('3 of 20 requests left this minute');
  });
});

describe('compactCount', () => {
  it('keeps small numbers and shortens large ones', () => {
    expect(compactCount(950)).toBe('950');
    expect(compactCount(1000)).toBe('1k');
    expect(compactCount(12_400)).toBe('12.4k');
    expect(compactCount(150_000)).toBe('150k');
    expect(compactCount(1_250_000)).toBe('1.25M');
    expect(compactCount(-5)).toBe('0');
  });
});

describe('resetsAt and limitNote', () => {
  const rateLimited = { status: 429, kind: 'ai-rate-limited', retryAfterSeconds: 30 };

  it('prefers Retry-After and falls back to the budget of the limit named', () => {
    expect(resetsAt(rateLimited, status(), NOW)?.toISOString()).toBe('2026-12-07T16:31:00.000Z');
    expect(resetsAt({ ...rateLimited, retryAfterSeconds: undefined }, status(), NOW)?.toISOString()).toBe('2026-12-07T16:31:00.000Z');
    expect(
      resetsAt({ status: 429, kind: 'ai-daily-token-budget-exhausted', retryAfterSeconds: undefined }, status(), NOW)?.toISOString(),
    ).toBe('2026-12-08T00:00:00.000Z');
    expect(resetsAt({ status: 429, kind: 'ai-token-budget-exhausted', retryAfterSeconds: 600 }, status(), NOW)).toBeNull();
    expect(resetsAt({ status: 500, kind: 'internal', retryAfterSeconds: 5 }, status(), NOW)).toBeNull();
  });

  it('says when a limit lifts in the reader’s local time', () => {
    expect(limitNote(rateLimited, status(), NOW, 'en-GB', 'Europe/Berlin')).toBe(
      'Too many requests this minute (at most 20); you can ask again at 17:31.',
    );
    expect(
      limitNote({ status: 429, kind: 'ai-daily-token-budget-exhausted', retryAfterSeconds: undefined }, status(), NOW, 'en-GB', 'Europe/Berlin'),
    ).toBe('Your daily AI budget renews at Tue 01:00 (your time).');
    expect(
      limitNote({ status: 429, kind: 'ai-daily-token-budget-exhausted', retryAfterSeconds: undefined }, status(), NOW, 'en-GB', 'America/New_York'),
    ).toBe('Your daily AI budget renews at 19:00 (your time).');
    expect(limitNote({ status: 429, kind: 'ai-token-budget-exhausted', retryAfterSeconds: 600 }, status(), NOW)).toContain('does not renew');
    expect(limitNote({ status: 400, kind: 'validation', retryAfterSeconds: undefined }, status(), NOW)).toBeNull();
  });

  it('names the day when the reset is not today', () => {
    const at = new Date('2026-12-08T09:15:00Z');
    expect(localTime(at, new Date(NOW), 'en-GB', 'UTC')).toBe('Tue 09:15');
    expect(localTime(new Date('2026-12-07T18:00:00Z'), new Date(NOW), 'en-GB', 'UTC')).toBe('18:00');
  });
});
