import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { RunResult } from '../api/types';
import { RunPanel } from './RunPanel';

function renderPanel() {
  const onRan = vi.fn();
  render(
    <RunPanel
      assessmentId="a1"
      readOnly={false}
      beforeRun={() => Promise.resolve(true)}
      onRan={onRan}
      suggestions={['python3 -m unittest discover -s tests']}
    />,
  );
  return { onRan };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const result = (overrides: Partial<RunResult> = {}): RunResult => ({
  exitCode: 0,
  stdout: '',
  stderr: '',
  durationMs: 800,
  truncated: false,
  timedOut: false,
  stopped: false,
  timeLimitSeconds: 60,
  ...overrides,
});

describe('RunPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says why a run was refused over a limit and when to try again', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    vi.spyOn(api, 'run').mockRejectedValue(
      new ApiError({
        status: 429,
        title: 'Limit reached',
        detail: '2 commands are already running in this sandbox, the most at once.',
        type: 'https://skillslab.dev/problems/too-many-runs',
        retryAfterSeconds: 30,
      }),
    );
    renderPanel();
    fireEvent.click(await screen.findByTestId('run-command'));
    const error = await screen.findByTestId('run-error');
    expect(error).toHaveTextContent('Limit reached');
    expect(error).toHaveTextContent('2 commands are already running');
    expect(error).toHaveTextContent('Try again in 30 s.');
  });

  it('shows the time limit before running and both output streams alike, with exit 0 as the verdict', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    vi.spyOn(api, 'run').mockResolvedValue(
      result({ stdout: 'collected 3 items\n', stderr: '...\nRan 3 tests in 0.01s\n\nOK\n' }),
    );
    const { onRan } = renderPanel();
    expect(await screen.findByTestId('run-time-limit')).toHaveTextContent('limit 60 s');

    fireEvent.click(screen.getByTestId('run-command'));
    const verdict = await screen.findByTestId('run-exit-code');
    expect(verdict).toHaveTextContent('exit 0');
    expect(verdict).toHaveAttribute('data-outcome', 'success');
    const stdout = screen.getByTestId('run-stdout');
    const stderr = screen.getByTestId('run-stderr');
    expect(stdout).toHaveTextContent('stdout');
    expect(stderr).toHaveTextContent('stderr');
    expect(stderr).toHaveTextContent('Ran 3 tests');
    // Neutral: the same look for both streams, nothing marks stderr as an error.
    expect(stderr.className).toBe(stdout.className);
    expect(stderr.querySelector('pre')?.className).toBe(stdout.querySelector('pre')?.className);
    expect(onRan).toHaveBeenCalledWith('python3 -m unittest discover -s tests', expect.objectContaining({ exitCode: 0 }));
  });

  it('calls a failing run by its exit status', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    vi.spyOn(api, 'run').mockResolvedValue(result({ exitCode: 1, stderr: 'FAILED (failures=1)\n' }));
    renderPanel();
    fireEvent.click(screen.getByTestId('run-command'));
    const verdict = await screen.findByTestId('run-exit-code');
    expect(verdict).toHaveTextContent('exit 1');
    expect(verdict).toHaveAttribute('data-outcome', 'failure');
  });

  it('says a run hit the time limit instead of showing exit 137', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    vi.spyOn(api, 'run').mockResolvedValue(result({ exitCode: 137, durationMs: 60_010, timedOut: true }));
    renderPanel();
    fireEvent.click(screen.getByTestId('run-command'));
    const verdict = await screen.findByTestId('run-exit-code');
    expect(verdict).toHaveTextContent('stopped after 60 s (time limit)');
    expect(verdict).toHaveAttribute('data-outcome', 'timeout');
    expect(verdict).not.toHaveTextContent('137');
  });

  it('counts the elapsed time while running and stops the command with Stop', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    const pending = deferred<RunResult>();
    vi.spyOn(api, 'run').mockReturnValue(pending.promise);
    const stop = vi.spyOn(api, 'stopRun').mockResolvedValue(undefined);
    renderPanel();
    await screen.findByTestId('run-time-limit');

    fireEvent.click(screen.getByTestId('run-command'));
    expect(await screen.findByTestId('run-elapsed')).toHaveTextContent(/0:0\d \/ 60 s/);
    expect(screen.queryByTestId('run-command')).toBeNull();
    fireEvent.click(screen.getByTestId('run-stop'));
    await waitFor(() => expect(stop).toHaveBeenCalledWith('a1'));
    expect(screen.getByTestId('run-stop')).toBeDisabled();

    await act(async () => pending.resolve(result({ exitCode: 137, durationMs: 4000, stopped: true })));
    const verdict = await screen.findByTestId('run-exit-code');
    expect(verdict).toHaveTextContent(/^stopped$/);
    expect(verdict).toHaveAttribute('data-outcome', 'stopped');
    expect(screen.queryByTestId('run-stop')).toBeNull();
    expect(screen.getByTestId('run-command')).toBeEnabled();
  });

  it('works with an older sandbox that has no run status and no stop flags', async () => {
    vi.spyOn(api, 'runStatus').mockRejectedValue(new ApiError({ status: 405, title: 'Method Not Allowed', detail: '', type: 'about:blank' }));
    const pending = deferred<RunResult>();
    vi.spyOn(api, 'run').mockReturnValue(pending.promise);
    vi.spyOn(api, 'stopRun').mockResolvedValue(undefined);
    renderPanel();
    fireEvent.click(screen.getByTestId('run-command'));
    expect(await screen.findByTestId('run-elapsed')).toHaveTextContent('0:0');
    expect(screen.queryByTestId('run-time-limit')).toBeNull();
    fireEvent.click(screen.getByTestId('run-stop'));
    await act(async () => pending.resolve({ exitCode: 137, stdout: '', stderr: '', durationMs: 3000, truncated: false }));
    expect(await screen.findByTestId('run-exit-code')).toHaveTextContent(/^stopped$/);
  });

  it('explains when the sandbox cannot stop a run', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: false });
    vi.spyOn(api, 'run').mockReturnValue(new Promise(() => undefined));
    vi.spyOn(api, 'stopRun').mockRejectedValue(new ApiError({ status: 404, title: 'Not Found', detail: '', type: 'about:blank' }));
    renderPanel();
    fireEvent.click(screen.getByTestId('run-command'));
    fireEvent.click(await screen.findByTestId('run-stop'));
    expect(await screen.findByTestId('run-stop-error')).toHaveTextContent('ends at the time limit');
    expect(screen.getByTestId('run-stop')).toBeEnabled();
  });

  it('offers Stop for a command still running from before a reload', async () => {
    vi.spyOn(api, 'runStatus').mockResolvedValue({ timeLimitSeconds: 60, running: true });
    const stop = vi.spyOn(api, 'stopRun').mockResolvedValue(undefined);
    renderPanel();
    fireEvent.click(await screen.findByTestId('run-stop'));
    await waitFor(() => expect(stop).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByTestId('run-stop')).toBeNull());
  });
});
