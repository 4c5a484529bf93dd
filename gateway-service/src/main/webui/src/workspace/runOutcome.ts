import type { RunResult } from '../api/types';

export type RunVerdictKind = 'success' | 'failure' | 'stopped' | 'timeout';

export interface RunVerdict {
  kind: RunVerdictKind;
  /** What the badge says: "exit 0", "exit 1", "stopped", "stopped after 60 s (time limit)". */
  label: string;
}

/** "45 s", "2 min", "2:30": short enough for a badge, exact enough for a time limit. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s % 60 === 0) return `${s / 60} min`;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Elapsed time of a running command, "0:07" style, so that the counter does not jump in width. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// A process killed by the sandbox (SIGKILL/SIGTERM) exits with 128 + the signal.
const KILLED = new Set([137, 143]);

/**
 * The verdict of a finished run. The exit status decides between success and failure; a run killed
 * by Stop or by the time limit says so instead of showing a bare 137. Older sandboxes do not send
 * `stopped`/`timedOut`: a kill after the candidate pressed Stop, or one that lasted the whole limit,
 * is then read as such.
 */
export function runVerdict(
  result: Pick<RunResult, 'exitCode' | 'durationMs' | 'timedOut' | 'stopped' | 'timeLimitSeconds'>,
  context: { stopRequested?: boolean; timeLimitSeconds?: number | null } = {},
): RunVerdict {
  const limit = result.timeLimitSeconds ?? context.timeLimitSeconds ?? null;
  const killed = KILLED.has(result.exitCode);
  const timedOut =
    result.timedOut ??
    (killed && !context.stopRequested && limit !== null && result.durationMs >= limit * 1000 - 1000);
  if (timedOut) {
    const after = limit ?? result.durationMs / 1000;
    return { kind: 'timeout', label: `stopped after ${formatSeconds(after)} (time limit)` };
  }
  const stopped = result.stopped ?? (Boolean(context.stopRequested) && result.exitCode !== 0);
  if (stopped) return { kind: 'stopped', label: 'stopped' };
  return { kind: result.exitCode === 0 ? 'success' : 'failure', label: `exit ${result.exitCode}` };
}
