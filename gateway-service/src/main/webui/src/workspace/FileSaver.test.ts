import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileSaver, type FileWriter } from './FileSaver';

describe('FileSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes 800 ms after the last change, once', async () => {
    const write = vi.fn<FileWriter>(async () => undefined);
    const saver = new FileSaver(write);
    saver.loaded('a.py', 'x');
    saver.change('a.py', 'xy');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('a.py', 'xyz');
    expect(saver.state('a.py')).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledWith('a.py', 'xyz');
    expect(write).toHaveBeenCalledOnce();
    expect(saver.state('a.py')).toBe('saved');
    expect(saver.overall()).toBe('saved');
  });

  it('flushes at once on demand (Ctrl+S, before submit)', async () => {
    const write = vi.fn<FileWriter>(async () => undefined);
    const saver = new FileSaver(write);
    saver.loaded('a.py', '');
    saver.loaded('b.py', '');
    saver.change('a.py', '1');
    saver.change('b.py', '2');
    expect(await saver.flushAll()).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('does not write content equal to what is saved', async () => {
    const write = vi.fn<FileWriter>(async () => undefined);
    const saver = new FileSaver(write);
    saver.loaded('a.py', 'same');
    saver.change('a.py', 'other');
    saver.change('a.py', 'same');
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).not.toHaveBeenCalled();
    expect(saver.state('a.py')).toBe('saved');
  });

  it('saves edits made during a write right after it, never two writes at once', async () => {
    let resolveWrite: () => void = () => undefined;
    let concurrent = 0;
    let maxConcurrent = 0;
    const write = vi.fn<FileWriter>(async () => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise<void>((resolve) => (resolveWrite = resolve));
      concurrent--;
    });
    const saver = new FileSaver(write);
    saver.loaded('a.py', '');
    saver.change('a.py', 'one');
    const first = saver.flush('a.py');
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state('a.py')).toBe('saving');
    saver.change('a.py', 'two');
    const second = saver.flush('a.py');
    resolveWrite();
    await vi.advanceTimersByTimeAsync(0);
    resolveWrite();
    await Promise.all([first, second]);
    expect(write.mock.calls.map((c) => c[1])).toEqual(['one', 'two']);
    expect(maxConcurrent).toBe(1);
    expect(saver.state('a.py')).toBe('saved');
  });

  it('reports an error and retries on its own', async () => {
    let fail = true;
    const write = vi.fn<FileWriter>(async () => {
      if (fail) throw new Error('offline');
    });
    const onChange = vi.fn();
    const saver = new FileSaver(write, { retryMs: 3000, onChange });
    saver.loaded('a.py', '');
    saver.change('a.py', 'x');
    expect(await saver.flush('a.py')).toBe(false);
    expect(saver.state('a.py')).toBe('error');
    expect(saver.overall()).toBe('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(saver.state('a.py')).toBe('saved');
    expect(onChange).toHaveBeenCalled();
  });

  it('moves a buffer on rename', async () => {
    const write = vi.fn<FileWriter>(async () => undefined);
    const saver = new FileSaver(write);
    saver.loaded('old.py', 'a');
    saver.change('old.py', 'ab');
    saver.rename('old.py', 'new.py');
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledWith('new.py', 'ab');
    expect(saver.content('new.py')).toBe('ab');
    expect(saver.content('old.py')).toBeUndefined();
  });
});
