import { describe, expect, it } from 'vitest';
import { dueWarning, formatRemaining, remainingMs, timerTone, warningMessage } from './countdown';

const MIN = 60_000;

describe('remainingMs', () => {
  it('counts down to the server deadline, corrected by the clock offset', () => {
    const deadline = '2025-01-01T10:00:00Z';
    const now = Date.parse('2025-01-01T09:30:00Z');
    expect(remainingMs(deadline, now)).toBe(30 * MIN);
    // The client clock is 2 minutes behind the server's.
    expect(remainingMs(deadline, now, 2 * MIN)).toBe(28 * MIN);
    expect(remainingMs(deadline, now + 31 * MIN)).toBe(0);
    expect(remainingMs('not a date', now)).toBe(0);
  });
});

describe('formatRemaining', () => {
  it('formats minutes and hours, rounding up', () => {
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(1)).toBe('00:01');
    expect(formatRemaining(59_001)).toBe('01:00');
    expect(formatRemaining(15 * MIN)).toBe('15:00');
    expect(formatRemaining(119 * MIN + 59_000)).toBe('1:59:59');
    expect(formatRemaining(-5)).toBe('00:00');
  });
});

describe('timerTone', () => {
  it('changes at 15 and 5 minutes and at zero', () => {
    expect(timerTone(16 * MIN)).toBe('normal');
    expect(timerTone(15 * MIN)).toBe('warning');
    expect(timerTone(5 * MIN)).toBe('critical');
    expect(timerTone(0)).toBe('expired');
  });
});

describe('dueWarning', () => {
  it('warns once at each of 15, 5 and 1 minutes', () => {
    const shown = new Set<number>();
    const step = (ms: number) => {
      const { warn, reached } = dueWarning(ms, shown);
      reached.forEach((m) => shown.add(m));
      return warn;
    };
    expect(step(20 * MIN)).toBeNull();
    expect(step(15 * MIN + 1)).toBeNull();
    expect(step(15 * MIN)).toBe(15);
    expect(step(14 * MIN)).toBeNull();
    expect(step(5 * MIN)).toBe(5);
    expect(step(4 * MIN)).toBeNull();
    expect(step(59_000)).toBe(1);
    expect(step(30_000)).toBeNull();
    expect(step(0)).toBeNull();
  });

  it('shows only the tightest warning when the page opens late', () => {
    const result = dueWarning(3 * MIN, new Set());
    expect(result.warn).toBe(5);
    expect(result.reached.sort((a, b) => a - b)).toEqual([5, 15]);
  });

  it('shows nothing once time is up', () => {
    expect(dueWarning(0, new Set()).warn).toBeNull();
  });

  it('words the warning by how far past the threshold it is', () => {
    expect(warningMessage(15, 15 * MIN)).toBe('15 minutes remaining');
    expect(warningMessage(15, 10 * MIN)).toBe('Less than 15 minutes remaining');
    expect(warningMessage(1, 60_000)).toBe('1 minute remaining');
  });
});
