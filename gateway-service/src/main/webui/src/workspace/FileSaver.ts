export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export type FileWriter = (path: string, content: string) => Promise<unknown>;

interface FileEntryState {
  /** Content the sandbox is known to hold. */
  saved: string;
  /** Content the editor holds. */
  latest: string;
  timer: ReturnType<typeof setTimeout> | null;
  inflight: Promise<boolean> | null;
  state: SaveState;
  error: unknown;
}

export interface FileSaverOptions {
  debounceMs?: number;
  /** Wait before retrying a failed save on its own (ms). */
  retryMs?: number;
  onChange?: () => void;
}

/**
 * Saves editor buffers to the sandbox: per file, a write follows `debounceMs` after the last
 * change; `flush` writes at once (Ctrl/Cmd+S, before submit). Writes of one file never overlap,
 * and a change made during a write is saved right after it.
 */
export class FileSaver {
  private readonly files = new Map<string, FileEntryState>();
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly onChange: () => void;
  private disposed = false;

  constructor(
    private readonly write: FileWriter,
    options: FileSaverOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryMs = options.retryMs ?? 3_000;
    this.onChange = options.onChange ?? (() => undefined);
  }

  /** Registers content just read from the sandbox. */
  loaded(path: string, content: string): void {
    const entry = this.files.get(path);
    if (entry && entry.latest !== entry.saved) return; // keep unsaved edits
    this.files.set(path, {
      saved: content,
      latest: content,
      timer: entry?.timer ?? null,
      inflight: entry?.inflight ?? null,
      state: 'saved',
      error: null,
    });
    this.onChange();
  }

  /** The editor's content changed. */
  change(path: string, content: string): void {
    if (this.disposed) return;
    const entry = this.files.get(path) ?? this.create(path, null);
    entry.latest = content;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (entry.latest === entry.saved && !entry.inflight) {
      entry.state = 'saved';
    } else {
      if (entry.state !== 'saving') entry.state = 'pending';
      entry.timer = setTimeout(() => void this.flush(path), this.debounceMs);
    }
    this.onChange();
  }

  private create(path: string, saved: string | null): FileEntryState {
    const entry: FileEntryState = {
      saved: saved ?? '\u0000unsaved',
      latest: '',
      timer: null,
      inflight: null,
      state: 'saved',
      error: null,
    };
    this.files.set(path, entry);
    return entry;
  }

  state(path: string): SaveState {
    return this.files.get(path)?.state ?? 'saved';
  }

  error(path: string): unknown {
    return this.files.get(path)?.error ?? null;
  }

  /** The worst state over all files: error > saving > pending > saved. */
  overall(): SaveState {
    let worst: SaveState = 'saved';
    const rank: Record<SaveState, number> = { saved: 0, pending: 1, saving: 2, error: 3 };
    for (const entry of this.files.values()) {
      if (rank[entry.state] > rank[worst]) worst = entry.state;
    }
    return worst;
  }

  content(path: string): string | undefined {
    return this.files.get(path)?.latest;
  }

  /** Writes a file now if it has unsaved content; resolves true once the sandbox has it all. */
  async flush(path: string): Promise<boolean> {
    const entry = this.files.get(path);
    if (!entry) return true;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    while (entry.inflight) await entry.inflight;
    if (entry.latest === entry.saved) {
      if (entry.state !== 'saved') {
        entry.state = 'saved';
        this.onChange();
      }
      return true;
    }
    const content = entry.latest;
    entry.state = 'saving';
    this.onChange();
    const attempt = (async () => {
      try {
        await this.write(path, content);
        entry.saved = content;
        entry.error = null;
        return true;
      } catch (error) {
        entry.error = error;
        return false;
      }
    })();
    entry.inflight = attempt;
    const ok = await attempt;
    entry.inflight = null;
    if (this.files.get(path) !== entry) return ok; // renamed or forgotten meanwhile
    if (!ok) {
      entry.state = 'error';
      if (!this.disposed && !entry.timer) entry.timer = setTimeout(() => void this.flush(path), this.retryMs);
      this.onChange();
      return false;
    }
    if (entry.latest !== entry.saved) {
      // Edited while the write was under way: save the newer content too.
      return this.flush(path);
    }
    entry.state = 'saved';
    this.onChange();
    return true;
  }

  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.files.keys()].map((path) => this.flush(path)));
    return results.every(Boolean);
  }

  /** Moves a buffer to its new path after a rename (content already at the new path). */
  rename(oldPath: string, newPath: string): void {
    const entry = this.files.get(oldPath);
    if (!entry) return;
    this.files.delete(oldPath);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    this.files.set(newPath, entry);
    if (entry.latest !== entry.saved) entry.timer = setTimeout(() => void this.flush(newPath), this.debounceMs);
    this.onChange();
  }

  forget(path: string): void {
    const entry = this.files.get(path);
    if (entry?.timer) clearTimeout(entry.timer);
    this.files.delete(path);
    this.onChange();
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.files.values()) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
  }
}
