import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingEvent } from '../api/types';
import { TrackingManager, type TrackingSender } from './TrackingManager';

class FakeTarget extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

function setup(send: TrackingSender, options: ConstructorParameters<typeof TrackingManager>[1] = {}) {
  let n = 0;
  const doc = new FakeTarget();
  const page = new FakeTarget();
  const manager = new TrackingManager(send, {
    newId: () => `id-${++n}`,
    target: doc as unknown as Document,
    pageTarget: page as unknown as Window,
    ...options,
  });
  return { manager, doc, page };
}

describe('TrackingManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends queued events on the 10 s interval, in one batch', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send);
    manager.start();
    manager.track('file_open', { path: 'a.py' });
    manager.track('terminal_command', { command: 'ls' });
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledOnce();
    const [events, options] = send.mock.calls[0];
    expect(events.map((e) => e.type)).toEqual(['file_open', 'terminal_command']);
    expect(events[0]).toMatchObject({ id: 'id-1', data: { path: 'a.py' } });
    expect(typeof events[0].timestamp).toBe('string');
    expect(options).toEqual({ keepalive: false });
    expect(manager.pending).toBe(0);
    manager.stop();
  });

  it('flushes as soon as 50 events wait, and sends batches of at most 50', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send);
    for (let i = 0; i < 49; i++) manager.track('note', { text: `n${i}` });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).not.toHaveBeenCalled();
    manager.track('note', { text: 'n49' });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledOnce();
    expect(send.mock.calls[0][0]).toHaveLength(50);

    for (let i = 0; i < 120; i++) manager.track('note', { text: `m${i}` });
    await manager.flush();
    const sizes = send.mock.calls.map(([events]) => events.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(170);
  });

  it('puts a failed batch back at the front and sends it with the next flush', async () => {
    const sent: string[][] = [];
    let fail = true;
    const send = vi.fn<TrackingSender>(async (events) => {
      if (fail) throw new Error('offline');
      sent.push(events.map((e) => e.id));
    });
    const { manager } = setup(send);
    manager.track('note', { text: 'first' });
    manager.track('note', { text: 'second' });
    expect(await manager.flush()).toBe(false);
    expect(manager.pending).toBe(2);
    manager.track('note', { text: 'third' });
    fail = false;
    expect(await manager.flush()).toBe(true);
    expect(sent).toEqual([['id-1', 'id-2', 'id-3']]);
    expect(manager.pending).toBe(0);
  });

  it('drops a batch the server will never accept', async () => {
    const send = vi.fn<TrackingSender>(async () => {
      throw new Error('400');
    });
    const { manager } = setup(send, { isRetryable: () => false });
    manager.track('note', { text: 'x' });
    expect(await manager.flush()).toBe(true);
    expect(manager.pending).toBe(0);
  });

  it('never runs two intervals, even when started twice, and stops cleanly', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const clearIntervalSpy = vi.spyOn(globalThis, 'clearInterval');
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send);
    manager.start();
    manager.start();
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    expect(manager.running).toBe(true);
    manager.stop();
    expect(clearIntervalSpy).toHaveBeenCalledTimes(1);
    expect(manager.running).toBe(false);
    manager.track('note', { text: 'after stop' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).not.toHaveBeenCalled();
    // React's strict mode starts, stops and starts again: still one interval.
    manager.start();
    expect(setIntervalSpy).toHaveBeenCalledTimes(2);
    manager.stop();
    setIntervalSpy.mockRestore();
    clearIntervalSpy.mockRestore();
  });

  it('sends serially: a flush during a flush waits for it', async () => {
    let release: () => void = () => undefined;
    let inFlight = 0;
    let maxInFlight = 0;
    const send = vi.fn<TrackingSender>(async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise<void>((resolve) => (release = resolve));
      inFlight--;
    });
    const { manager } = setup(send);
    manager.track('note', { text: 'a' });
    const first = manager.flush();
    await vi.advanceTimersByTimeAsync(0); // the first batch is on its way
    manager.track('note', { text: 'b' });
    const second = manager.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledOnce();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second]);
    expect(maxInFlight).toBe(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('uses keepalive requests under the budget when the page is hidden', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager, doc } = setup(send, { keepaliveBudgetBytes: 1_000 });
    manager.start();
    manager.track('code_snapshot', { path: 'big.py', content: 'x'.repeat(700) });
    manager.track('code_snapshot', { path: 'big2.py', content: 'y'.repeat(700) });
    manager.track('note', { text: 'small' });
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(send).toHaveBeenCalledTimes(2);
    const [first, second] = send.mock.calls;
    expect(first[1]).toEqual({ keepalive: true });
    expect(second[1]).toEqual({ keepalive: false }); // over the remaining budget
    const all = send.mock.calls.flatMap(([events]) => events.map((e: TrackingEvent) => e.type));
    expect(all).toEqual(['code_snapshot', 'code_snapshot', 'note']);
    manager.stop();
  });

  it('flushes with keepalive on pagehide and requeues what fails', async () => {
    const send = vi.fn<TrackingSender>(async () => {
      throw new Error('offline');
    });
    const { manager, page } = setup(send);
    manager.start();
    manager.track('focus_change', { focused: false });
    page.dispatchEvent(new Event('pagehide'));
    expect(send).toHaveBeenCalledWith(expect.any(Array), { keepalive: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(manager.pending).toBe(1);
    manager.stop();
  });

  it('debounces code snapshots per file, with a trailing snapshot of the final content', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send, { snapshotDebounceMs: 1_000, snapshotMaxWaitMs: 5_000 });
    manager.snapshot('a.py', 'a');
    await vi.advanceTimersByTimeAsync(500);
    manager.snapshot('a.py', 'ab');
    manager.snapshot('b.py', 'b');
    await vi.advanceTimersByTimeAsync(500);
    expect(manager.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(manager.pending).toBe(2);
    await manager.flush();
    const snapshots = send.mock.calls.flatMap(([events]) => events);
    expect(snapshots.map((e) => e.data)).toEqual([
      { path: 'a.py', content: 'ab' },
      { path: 'b.py', content: 'b' },
    ]);
  });

  it('takes a snapshot at least every max-wait during continuous typing and skips unchanged content', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send, { snapshotDebounceMs: 1_000, snapshotMaxWaitMs: 3_000 });
    let text = '';
    for (let i = 0; i < 10; i++) {
      text += 'x';
      manager.snapshot('a.py', text);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(manager.pending).toBeGreaterThanOrEqual(1);
    await vi.advanceTimersByTimeAsync(2_000);
    const count = manager.pending;
    manager.snapshot('a.py', text); // unchanged
    await vi.advanceTimersByTimeAsync(2_000);
    expect(manager.pending).toBe(count);
    await manager.flush();
    const last = send.mock.calls.flatMap(([events]) => events).pop();
    expect(last?.data).toEqual({ path: 'a.py', content: 'x'.repeat(10) });
  });

  it('takes pending snapshots at once before a submit', async () => {
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager } = setup(send);
    manager.snapshot('main.py', 'print(1)');
    manager.takeAllSnapshots();
    await manager.flush();
    expect(send.mock.calls[0][0][0]).toMatchObject({ type: 'code_snapshot', data: { path: 'main.py', content: 'print(1)' } });
  });
});

describe('TrackingManager across a reload', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends events again on the next load when the page left before they were confirmed', async () => {
    const storage = new Map<string, string>();
    const persist = {
      storage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
        removeItem: (k: string) => void storage.delete(k),
      },
      key: 'tracking.a1',
    };
    const lost = vi.fn<TrackingSender>(() => new Promise(() => undefined)); // the page is gone
    const first = setup(lost, { persist });
    first.manager.start();
    first.manager.track('file_open', { path: 'a.py' });
    first.page.dispatchEvent(new Event('pagehide'));
    expect(lost).toHaveBeenCalledOnce();
    expect(storage.get('tracking.a1')).toContain('a.py');

    const send = vi.fn<TrackingSender>(async () => undefined);
    const second = setup(send, { persist });
    second.manager.start();
    expect(second.manager.pending).toBe(1);
    await second.manager.flush();
    expect(send.mock.calls[0][0][0]).toMatchObject({ id: 'id-1', type: 'file_open' });
    expect(storage.has('tracking.a1')).toBe(false);
    second.manager.stop();
  });

  it('forgets persisted events once their keepalive request succeeded', async () => {
    const storage = new Map<string, string>();
    const persist = {
      storage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
        removeItem: (k: string) => void storage.delete(k),
      },
      key: 'tracking.a1',
    };
    const send = vi.fn<TrackingSender>(async () => undefined);
    const { manager, doc } = setup(send, { persist });
    manager.start();
    manager.track('focus_change', { focused: false });
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.has('tracking.a1')).toBe(false);
    manager.stop();
  });
});
