import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileRefreshScheduler } from './FileRefreshScheduler';

/** A listing the test finishes by hand, counting how many run at once. */
function controlledLoader() {
  const pending: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  let calls = 0;
  const load = vi.fn(
    () =>
      new Promise<number>((resolve) => {
        calls++;
        active++;
        maxActive = Math.max(maxActive, active);
        const n = calls;
        pending.push(() => {
          active--;
          resolve(n);
        });
      }),
  );
  return {
    load,
    finishNext: async () => {
      pending.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    },
    get calls() {
      return calls;
    },
    get maxActive() {
      return maxActive;
    },
    get waiting() {
      return pending.length;
    },
  };
}

describe('FileRefreshScheduler', () => {
  let visible = true;
  beforeEach(() => {
    vi.useFakeTimers();
    visible = true;
  });
  afterEach(() => vi.useRealTimers());

  const make = (load: () => Promise<number>) =>
    new FileRefreshScheduler(load, { afterCommandMs: 700, idleMs: 1500, pollMs: 10_000, isVisible: () => visible });

  it('refreshes shortly after a terminal command and again when the terminal goes quiet', async () => {
    const loader = controlledLoader();
    const scheduler = make(loader.load);
    scheduler.commandEntered();
    await vi.advanceTimersByTimeAsync(699);
    expect(loader.calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(loader.calls).toBe(1);
    await loader.finishNext();

    // The command keeps printing (e.g. pip install): no listing until it stops.
    for (let i = 0; i < 5; i++) {
      scheduler.output();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(loader.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(loader.calls).toBe(2);
    await loader.finishNext();
    scheduler.dispose();
  });

  it('ignores terminal output that follows no command (typing echoes, a prompt)', async () => {
    const loader = controlledLoader();
    const scheduler = make(loader.load);
    for (let i = 0; i < 10; i++) {
      scheduler.output();
      await vi.advanceTimersByTimeAsync(2000);
    }
    expect(loader.calls).toBe(0);
    scheduler.dispose();
  });

  it('never has more than one listing in flight and folds a burst into one follow-up', async () => {
    const loader = controlledLoader();
    const scheduler = make(loader.load);
    const first = scheduler.refresh();
    const second = scheduler.refresh();
    const third = scheduler.refresh();
    scheduler.commandEntered();
    await vi.advanceTimersByTimeAsync(5000);
    expect(loader.calls).toBe(1);
    expect(second).toBe(third);

    await loader.finishNext();
    expect(await first).toBe(1);
    expect(loader.calls).toBe(2);
    await loader.finishNext();
    // A caller that asked during the first listing gets the one started after it.
    expect(await second).toBe(2);
    expect(loader.maxActive).toBe(1);
    scheduler.dispose();
  });

  it('follows up after a failed listing too', async () => {
    let calls = 0;
    const load = vi.fn(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(calls)));
    const scheduler = make(load);
    const first = scheduler.refresh();
    const second = scheduler.refresh();
    await expect(first).rejects.toThrow('offline');
    expect(await second).toBe(2);
    scheduler.dispose();
  });

  it('polls modestly while the page is visible, not while it is hidden or a listing is running', async () => {
    const loader = controlledLoader();
    const scheduler = make(loader.load);
    scheduler.startPolling();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loader.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loader.calls).toBe(1); // the first is still running
    await loader.finishNext();
    visible = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loader.calls).toBe(1);
    visible = true;
    scheduler.visibilityChanged();
    expect(loader.calls).toBe(2);
    await loader.finishNext();
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loader.calls).toBe(2);
  });
});
