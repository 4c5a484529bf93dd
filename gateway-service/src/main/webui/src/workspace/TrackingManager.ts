import type { TrackingEvent, TrackingEventDataMap, TrackingEventType } from '../api/types';

export type TrackingSender = (events: TrackingEvent[], options: { keepalive: boolean }) => Promise<unknown>;

export interface TrackingOptions {
  /** Periodic flush (ms). */
  flushIntervalMs?: number;
  /** A flush starts as soon as this many events wait; also the batch size. */
  maxBatch?: number;
  /** Quiet time after the last edit before a file's snapshot is taken (ms). */
  snapshotDebounceMs?: number;
  /** Longest time a file may be edited without a snapshot (ms). */
  snapshotMaxWaitMs?: number;
  /** Keepalive requests are limited (64 KiB per page in browsers); stay below. */
  keepaliveBudgetBytes?: number;
  /** Whether a failed batch should wait for the next flush (true) or be dropped (false). */
  isRetryable?: (error: unknown) => boolean;
  newId?: () => string;
  now?: () => Date;
  /**
   * Keeps events sent while the page was going away, so that the next load of the same
   * assessment sends them again if they did not arrive (the server drops duplicates by id).
   */
  persist?: { storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>; key: string } | null;
  /** Where lifecycle listeners go; tests pass their own. */
  target?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> | null;
  pageTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

interface PendingSnapshot {
  content: string;
  timer: ReturnType<typeof setTimeout> | null;
  firstChangeAt: number;
}

function defaultId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // RFC 4122 v4 from Math.random, for old browsers without crypto.randomUUID.
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

const encoder = new TextEncoder();

function byteLength(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Buffers the workspace's behavioural events and sends them in batches: every
 * `flushIntervalMs`, as soon as `maxBatch` events wait, when the page is hidden or left (with
 * keepalive requests), and on demand before submitting. A batch that fails is put back at the
 * front of the queue; event ids are generated here, so the server drops any copy it already has.
 * AI prompts and answers are never tracked here: the server's AI proxy records them.
 */
export class TrackingManager {
  private queue: TrackingEvent[] = [];
  private chain: Promise<boolean> = Promise.resolve(true);
  private interval: ReturnType<typeof setInterval> | null = null;
  private readonly snapshots = new Map<string, PendingSnapshot>();
  private readonly lastSnapshot = new Map<string, string>();
  private readonly opts: Required<Omit<TrackingOptions, 'target' | 'pageTarget' | 'persist'>>;
  private readonly persist: TrackingOptions['persist'];
  private readonly target: TrackingOptions['target'];
  private readonly pageTarget: TrackingOptions['pageTarget'];
  private disposed = false;
  lastError: unknown = null;

  constructor(
    private readonly send: TrackingSender,
    options: TrackingOptions = {},
  ) {
    this.opts = {
      flushIntervalMs: options.flushIntervalMs ?? 10_000,
      maxBatch: options.maxBatch ?? 50,
      snapshotDebounceMs: options.snapshotDebounceMs ?? 1_500,
      snapshotMaxWaitMs: options.snapshotMaxWaitMs ?? 10_000,
      keepaliveBudgetBytes: options.keepaliveBudgetBytes ?? 60_000,
      isRetryable: options.isRetryable ?? (() => true),
      newId: options.newId ?? defaultId,
      now: options.now ?? (() => new Date()),
    };
    this.persist = options.persist ?? null;
    this.target = options.target === undefined ? (typeof document === 'undefined' ? null : document) : options.target;
    this.pageTarget =
      options.pageTarget === undefined ? (typeof window === 'undefined' ? null : window) : options.pageTarget;
  }

  /** Starts the periodic flush and the page lifecycle listeners; calling it again changes nothing. */
  start(): void {
    if (this.interval !== null || this.disposed) return;
    this.restorePersisted();
    this.interval = setInterval(() => void this.flush(), this.opts.flushIntervalMs);
    this.target?.addEventListener('visibilitychange', this.onVisibilityChange);
    this.pageTarget?.addEventListener('pagehide', this.onPageHide);
  }

  /** Stops timers and listeners and sends what is left (keepalive, as the page may be going). */
  stop(): void {
    if (this.interval !== null) {
      clearInterval(this.interval);
      this.interval = null;
    }
    this.target?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.pageTarget?.removeEventListener('pagehide', this.onPageHide);
    this.takeAllSnapshots();
    this.flushOnExit();
  }

  dispose(): void {
    this.stop();
    this.disposed = true;
  }

  get running(): boolean {
    return this.interval !== null;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Records one event; returns its id. */
  track<K extends TrackingEventType>(type: K, data: TrackingEventDataMap[K]): string {
    const id = this.opts.newId();
    const event = { id, type, timestamp: this.opts.now().toISOString(), data } as TrackingEvent;
    this.queue.push(event);
    if (this.queue.length >= this.opts.maxBatch) void this.flush();
    return id;
  }

  /**
   * Notes a file's new content. A `code_snapshot` with the full content follows once editing
   * pauses, and at least every `snapshotMaxWaitMs` while it goes on; unchanged content is skipped.
   */
  snapshot(path: string, content: string): void {
    const pending = this.snapshots.get(path);
    const nowMs = Date.now();
    if (pending) {
      pending.content = content;
      if (pending.timer) clearTimeout(pending.timer);
    }
    const entry: PendingSnapshot = pending ?? { content, timer: null, firstChangeAt: nowMs };
    this.snapshots.set(path, entry);
    const waited = nowMs - entry.firstChangeAt;
    const delay = Math.max(0, Math.min(this.opts.snapshotDebounceMs, this.opts.snapshotMaxWaitMs - waited));
    entry.timer = setTimeout(() => this.takeSnapshot(path), delay);
  }

  /** Forget a path's pending snapshot (after delete) or move it (after rename). */
  movePath(oldPath: string, newPath: string | null): void {
    const pending = this.snapshots.get(oldPath);
    if (pending?.timer) clearTimeout(pending.timer);
    this.snapshots.delete(oldPath);
    const last = this.lastSnapshot.get(oldPath);
    this.lastSnapshot.delete(oldPath);
    if (newPath !== null) {
      if (last !== undefined) this.lastSnapshot.set(newPath, last);
      if (pending) this.snapshot(newPath, pending.content);
    }
  }

  /** Turns every pending snapshot into an event now (before submit or on exit). */
  takeAllSnapshots(): void {
    for (const path of [...this.snapshots.keys()]) this.takeSnapshot(path);
  }

  private takeSnapshot(path: string): void {
    const pending = this.snapshots.get(path);
    if (!pending) return;
    if (pending.timer) clearTimeout(pending.timer);
    this.snapshots.delete(path);
    if (this.lastSnapshot.get(path) === pending.content) return;
    this.lastSnapshot.set(path, pending.content);
    this.track('code_snapshot', { path, content: pending.content });
  }

  /**
   * Sends everything queued, in batches of `maxBatch`, one request at a time. Resolves true
   * when the queue was emptied; on failure the unsent events stay queued (or are dropped when
   * `isRetryable` says the server will never take them).
   */
  flush(): Promise<boolean> {
    this.chain = this.chain.then(() => this.drain());
    return this.chain;
  }

  private async drain(): Promise<boolean> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.opts.maxBatch);
      try {
        await this.send(batch, { keepalive: false });
        this.lastError = null;
      } catch (error) {
        this.lastError = error;
        if (this.opts.isRetryable(error)) {
          this.queue.unshift(...batch);
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Sends the queue right away with keepalive requests, all at once, so that they leave before
   * the page does. Batches stay under the browser's keepalive budget; an event too large for it
   * goes in a request of its own and may not survive an unload.
   */
  flushOnExit(): void {
    if (this.queue.length === 0) return;
    const events = this.queue.splice(0, this.queue.length);
    this.savePersisted(events);
    const batches: TrackingEvent[][] = [];
    let current: TrackingEvent[] = [];
    let size = 16;
    for (const event of events) {
      const eventSize = byteLength(event) + 1;
      if (current.length > 0 && (size + eventSize > this.opts.keepaliveBudgetBytes || current.length >= this.opts.maxBatch)) {
        batches.push(current);
        current = [];
        size = 16;
      }
      current.push(event);
      size += eventSize;
    }
    if (current.length > 0) batches.push(current);
    let budget = this.opts.keepaliveBudgetBytes;
    for (const batch of batches) {
      const batchSize = byteLength({ events: batch });
      const keepalive = batchSize <= budget;
      if (keepalive) budget -= batchSize;
      this.send(batch, { keepalive }).then(
        () => this.forgetPersisted(batch),
        (error: unknown) => {
          this.lastError = error;
          if (this.opts.isRetryable(error)) this.queue.unshift(...batch);
          else this.forgetPersisted(batch);
        },
      );
    }
  }

  private readPersisted(): TrackingEvent[] {
    if (!this.persist) return [];
    try {
      const parsed: unknown = JSON.parse(this.persist.storage.getItem(this.persist.key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as TrackingEvent[]) : [];
    } catch {
      return [];
    }
  }

  private writePersisted(events: TrackingEvent[]): void {
    if (!this.persist) return;
    try {
      if (events.length === 0) this.persist.storage.removeItem(this.persist.key);
      else this.persist.storage.setItem(this.persist.key, JSON.stringify(events));
    } catch {
      // Storage full or unavailable: the keepalive requests are the only copy then.
    }
  }

  private savePersisted(events: TrackingEvent[]): void {
    if (!this.persist) return;
    const known = this.readPersisted();
    const ids = new Set(known.map((e) => e.id));
    this.writePersisted([...known, ...events.filter((e) => !ids.has(e.id))]);
  }

  private forgetPersisted(events: TrackingEvent[]): void {
    if (!this.persist) return;
    const sent = new Set(events.map((e) => e.id));
    this.writePersisted(this.readPersisted().filter((e) => !sent.has(e.id)));
  }

  private restorePersisted(): void {
    const stored = this.readPersisted();
    if (stored.length === 0) return;
    const queued = new Set(this.queue.map((e) => e.id));
    this.queue.unshift(...stored.filter((e) => !queued.has(e.id)));
    this.writePersisted([]);
  }

  private readonly onVisibilityChange = (): void => {
    if (this.target?.visibilityState === 'hidden') {
      this.takeAllSnapshots();
      this.flushOnExit();
    }
  };

  private readonly onPageHide = (): void => {
    this.takeAllSnapshots();
    this.flushOnExit();
  };
}
