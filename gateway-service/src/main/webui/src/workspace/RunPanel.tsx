import { memo, useEffect, useRef, useState, type FormEvent } from 'react';
import { LoaderCircle, Play, Square, Timer } from 'lucide-react';
import { api, toApiError, type ApiError } from '../api/client';
import type { RunResult } from '../api/types';
import { formatElapsed, formatSeconds, runVerdict } from './runOutcome';

export interface RunPanelProps {
  assessmentId: string;
  readOnly: boolean;
  /** Saves every open buffer so that the command sees the latest code. */
  beforeRun: () => Promise<boolean>;
  onRan: (command: string, result: RunResult) => void;
  suggestions: string[];
}

type FinishedRun = RunResult & { command: string; stopRequested: boolean };

/** Milliseconds since `since`, ticking while it is set. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, now - since);
}

function RunOutput({ result, timeLimitSeconds }: { result: FinishedRun; timeLimitSeconds: number | null }) {
  const verdict = runVerdict(result, { stopRequested: result.stopRequested, timeLimitSeconds });
  return (
    <>
      <div className="run-meta">
        <span
          className={`run-verdict run-verdict-${verdict.kind}`}
          data-testid="run-exit-code"
          data-outcome={verdict.kind}
          title={`exit code ${result.exitCode}`}
        >
          {verdict.label}
        </span>
        <span className="run-duration">{(result.durationMs / 1000).toFixed(2)} s</span>
        <code className="run-command-echo">{result.command}</code>
        {result.truncated && <span className="warn">output truncated</span>}
      </div>
      {/* Both streams read the same: many tools (unittest, pip, compilers) report normal progress on stderr. */}
      {result.stdout && (
        <section className="run-stream" aria-label="Standard output" data-testid="run-stdout">
          <span className="run-stream-label">stdout</span>
          <pre>{result.stdout}</pre>
        </section>
      )}
      {result.stderr && (
        <section className="run-stream" aria-label="Standard error" data-testid="run-stderr">
          <span className="run-stream-label">stderr</span>
          <pre>{result.stderr}</pre>
        </section>
      )}
      {!result.stdout && !result.stderr && <p className="run-hint">(no output)</p>}
    </>
  );
}

/** Runs one command in the sandbox (tests, a script), shows its output and can stop it. */
export const RunPanel = memo(function RunPanel({ assessmentId, readOnly, beforeRun, onRan, suggestions }: RunPanelProps) {
  const [typed, setTyped] = useState('');
  const [edited, setEdited] = useState(false);
  // Until the candidate types, offer the best suggestion (e.g. the test command) once the file list is known.
  const command = edited ? typed : (suggestions[0] ?? '');

  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [runningCommand, setRunningCommand] = useState('');
  const [stopState, setStopState] = useState<'idle' | 'stopping' | 'requested'>('idle');
  const [result, setResult] = useState<FinishedRun | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [stopError, setStopError] = useState<string | null>(null);
  const [timeLimit, setTimeLimit] = useState<number | null>(null);
  // A command started before this page loaded (e.g. before a reload) may still be running.
  const [earlierRunning, setEarlierRunning] = useState(false);
  // Read when the run answers: an older sandbox does not say that the command was stopped.
  const stopRequested = useRef(false);
  const running = startedAt !== null;
  const elapsed = useElapsed(startedAt);

  useEffect(() => {
    const controller = new AbortController();
    api
      .runStatus(assessmentId, controller.signal)
      .then((status) => {
        if (typeof status.timeLimitSeconds === 'number') setTimeLimit(status.timeLimitSeconds);
        setEarlierRunning(status.running === true);
      })
      .catch(() => {
        // An older sandbox has no status: the limit shows once a run reports it.
      });
    return () => controller.abort();
  }, [assessmentId]);

  const run = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = command.trim();
    if (!text || running || readOnly) return;
    setRunningCommand(text);
    setStartedAt(Date.now());
    setStopState('idle');
    setStopError(null);
    setError(null);
    stopRequested.current = false;
    try {
      await beforeRun();
      const outcome = await api.run(assessmentId, text);
      if (typeof outcome.timeLimitSeconds === 'number') setTimeLimit(outcome.timeLimitSeconds);
      setResult({ ...outcome, command: text, stopRequested: stopRequested.current });
      setEarlierRunning(false);
      onRan(text, outcome);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setStartedAt(null);
      setStopState('idle');
    }
  };

  const stop = async () => {
    setStopState('stopping');
    setStopError(null);
    stopRequested.current = true;
    try {
      await api.stopRun(assessmentId);
      setStopState('requested');
      setEarlierRunning(false);
    } catch (err) {
      const apiError = toApiError(err);
      setStopState('idle');
      setStopError(
        apiError.status === 404 || apiError.status === 405
          ? 'This sandbox cannot stop a run; it ends at the time limit.'
          : `Could not stop the command: ${apiError.detail || apiError.title}`,
      );
    }
  };

  const canStop = (running || earlierRunning) && !readOnly;
  const limitText = timeLimit !== null ? formatSeconds(timeLimit) : null;

  return (
    <div className="run-panel" data-running={running ? 'true' : 'false'}>
      <form className="run-form" onSubmit={(event) => void run(event)}>
        <span className="run-prompt" aria-hidden="true">
          $
        </span>
        <input
          value={command}
          onChange={(event) => {
            setEdited(true);
            setTyped(event.target.value);
          }}
          placeholder="python3 -m unittest discover -s tests"
          disabled={readOnly}
          list="run-suggestions"
          aria-label="Command to run"
          data-testid="run-input"
        />
        <datalist id="run-suggestions">
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {limitText && (
          <span className="run-limit" data-testid="run-time-limit" title="A run is stopped when it reaches this limit">
            <Timer size={13} aria-hidden="true" />
            {running ? (
              <span data-testid="run-elapsed">
                {formatElapsed(elapsed)} / {limitText}
              </span>
            ) : (
              <span>limit {limitText}</span>
            )}
          </span>
        )}
        {!limitText && running && (
          <span className="run-limit" data-testid="run-elapsed">
            {formatElapsed(elapsed)}
          </span>
        )}
        {canStop ? (
          <button
            type="button"
            className="btn btn-sm run-stop"
            onClick={() => void stop()}
            disabled={stopState !== 'idle'}
            data-testid="run-stop"
          >
            <Square size={12} fill="currentColor" aria-hidden="true" />
            {stopState === 'idle' ? 'Stop' : 'Stopping…'}
          </button>
        ) : null}
        {!running && (
          <button
            type="submit"
            className="btn btn-primary btn-sm run-submit"
            disabled={readOnly || !command.trim()}
            data-testid="run-command"
          >
            <Play size={13} fill="currentColor" aria-hidden="true" />
            Run
          </button>
        )}
        {running && timeLimit !== null && (
          <span className="run-progress" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (elapsed / (timeLimit * 1000)) * 100)}%` }} />
          </span>
        )}
      </form>
      <div className="run-output" data-testid="run-output" aria-busy={running}>
        {stopError && (
          <div className="run-error" role="alert" data-testid="run-stop-error">
            {stopError}
          </div>
        )}
        {error && (
          <div className="run-error" role="alert" data-testid="run-error">
            <strong>{error.title}</strong> {error.detail}
            {(error.status === 429 || error.status === 503) && error.retryAfterSeconds !== undefined && (
              <> Try again in {error.retryAfterSeconds} s.</>
            )}
          </div>
        )}
        {running && (
          <p className="run-running" data-testid="run-running">
            <LoaderCircle size={14} className="spin" aria-hidden="true" />
            Running <code>{runningCommand}</code>
            {stopState !== 'idle' ? ' — stopping…' : '…'}
          </p>
        )}
        {!running && earlierRunning && !result && (
          <p className="run-hint">A command started earlier is still running. Stop it or wait for it to finish.</p>
        )}
        {!running && !result && !error && !earlierRunning && (
          <p className="run-hint">
            Run the tests or a script in your workspace. Files are saved before each run
            {limitText ? `; a run is stopped after ${limitText}.` : '.'}
          </p>
        )}
        {result && (
          <div className={running ? 'run-previous' : undefined}>
            <RunOutput result={result} timeLimitSeconds={timeLimit} />
          </div>
        )}
      </div>
    </div>
  );
});
