import { describe, expect, it } from 'vitest';
import { formatElapsed, formatSeconds, runVerdict } from './runOutcome';

const base = { exitCode: 0, durationMs: 800 };

describe('runVerdict', () => {
  it('takes the exit status as the verdict', () => {
    expect(runVerdict(base)).toEqual({ kind: 'success', label: 'exit 0' });
    expect(runVerdict({ ...base, exitCode: 1 })).toEqual({ kind: 'failure', label: 'exit 1' });
  });

  it('names a run killed by the time limit instead of its exit code', () => {
    expect(runVerdict({ exitCode: 137, durationMs: 60_020, timedOut: true, stopped: false, timeLimitSeconds: 60 })).toEqual({
      kind: 'timeout',
      label: 'stopped after 60 s (time limit)',
    });
  });

  it('names a run killed by Stop', () => {
    expect(runVerdict({ exitCode: 137, durationMs: 4000, timedOut: false, stopped: true, timeLimitSeconds: 60 })).toEqual({
      kind: 'stopped',
      label: 'stopped',
    });
  });

  it('reads an older sandbox without the flags from what the candidate did and the known limit', () => {
    expect(runVerdict({ exitCode: 137, durationMs: 3000 }, { stopRequested: true })).toEqual({ kind: 'stopped', label: 'stopped' });
    expect(runVerdict({ exitCode: 137, durationMs: 60_100 }, { timeLimitSeconds: 60 }).kind).toBe('timeout');
    expect(runVerdict({ exitCode: 137, durationMs: 2000 }, { timeLimitSeconds: 60 })).toEqual({ kind: 'failure', label: 'exit 137' });
    // A command that finished on its own before the Stop arrived keeps its real verdict.
    expect(runVerdict({ exitCode: 0, durationMs: 2000 }, { stopRequested: true }).kind).toBe('success');
  });

  it('trusts explicit flags over guesses', () => {
    expect(runVerdict({ exitCode: 137, durationMs: 60_100, timedOut: false, stopped: false }, { timeLimitSeconds: 60 }).kind).toBe('failure');
  });
});

describe('formatting', () => {
  it('formats limits and elapsed time', () => {
    expect(formatSeconds(60)).toBe('60 s');
    expect(formatSeconds(300)).toBe('5 min');
    expect(formatSeconds(150)).toBe('2:30');
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
  });
});
