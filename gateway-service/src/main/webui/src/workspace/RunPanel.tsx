import { memo, useEffect, useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import type { RunResult } from '../api/types';

export interface RunPanelProps {
  assessmentId: string;
  readOnly: boolean;
  /** Saves every open buffer so that the command sees the latest code. */
  beforeRun: () => Promise<boolean>;
  onRan: (command: string, result: RunResult) => void;
  suggestions: string[];
}

/** Runs one command in the sandbox (tests, a script) and shows its output. */
export const RunPanel = memo(function RunPanel({ assessmentId, readOnly, beforeRun, onRan, suggestions }: RunPanelProps) {
  const [command, setCommand] = useState(suggestions[0] ?? '');
  const [edited, setEdited] = useState(false);
  const suggested = suggestions[0] ?? '';

  // Offer the best suggestion (e.g. the test command) once the file list is known.
  useEffect(() => {
    if (!edited) setCommand(suggested);
  }, [edited, suggested]);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<(RunResult & { command: string }) | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = command.trim();
    if (!text || running || readOnly) return;
    setRunning(true);
    setError(null);
    try {
      await beforeRun();
      const outcome = await api.run(assessmentId, text);
      setResult({ ...outcome, command: text });
      onRan(text, outcome);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="run-panel">
      <form className="run-form" onSubmit={(event) => void run(event)}>
        <span className="run-prompt" aria-hidden="true">
          $
        </span>
        <input
          value={command}
          onChange={(event) => {
            setEdited(true);
            setCommand(event.target.value);
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
        <button type="submit" className="btn btn-primary btn-sm" disabled={readOnly || running || !command.trim()} data-testid="run-command">
          {running ? 'Running…' : '▶ Run'}
        </button>
      </form>
      <div className="run-output" data-testid="run-output">
        {error && (
          <div className="run-error" role="alert">
            <strong>{error.title}</strong> {error.detail}
          </div>
        )}
        {!result && !error && (
          <p className="run-hint">Run the tests or a script in your workspace. Files are saved before each run.</p>
        )}
        {result && (
          <>
            <div className="run-meta">
              <span className={result.exitCode === 0 ? 'exit-ok' : 'exit-fail'} data-testid="run-exit-code">
                exit {result.exitCode}
              </span>
              <span>{(result.durationMs / 1000).toFixed(2)} s</span>
              <code>{result.command}</code>
              {result.truncated && <span className="warn">output truncated</span>}
            </div>
            {result.stdout && <pre className="run-stdout">{result.stdout}</pre>}
            {result.stderr && <pre className="run-stderr">{result.stderr}</pre>}
            {!result.stdout && !result.stderr && <p className="run-hint">(no output)</p>}
          </>
        )}
      </div>
    </div>
  );
});
