export interface FileRefreshOptions {
  /** A refresh this long after the candidate enters a terminal command (quick commands: touch, mkdir, git clone). */
  afterCommandMs?: number;
  /** A refresh once the terminal has printed nothing for this long after a command (longer commands). */
  idleMs?: number;
  /** The background poll while the page is visible; catches files a long-running process writes. */
  pollMs?: number;
  isVisible?: () => boolean;
}

/**
 * Keeps the file tree in step with what happens in the sandbox outside the editor (the terminal,
 * runs). Listing requests never overlap: one asked for while another is in flight runs once after
 * it, however many were asked for meanwhile, so a burst of triggers costs at most two listings.
 */
export class FileRefreshScheduler<T> {
  private inFlight: Promise<T> | null = null;
  private queued: Promise<T> | null = null;
  private commandTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  /** Set by a command; output after it is watched for the terminal going quiet. */
  private awaitingIdle = false;
  private readonly afterCommandMs: number;
  private readonly idleMs: number;
  private readonly pollMs: number;
  private readonly isVisible: () => boolean;

  constructor(
    private readonly load: () => Promise<T>,
    options: FileRefreshOptions = {},
  ) {
    this.afterCommandMs = options.afterCommandMs ?? 700;
    this.idleMs = options.idleMs ?? 1_500;
    this.pollMs = options.pollMs ?? 10_000;
    this.isVisible = options.isVisible ?? (() => typeof document === 'undefined' || document.visibilityState === 'visible');
  }

  /**
   * A listing that starts after this call: the one in flight may predate a change just made, so a
   * caller that needs the change (e.g. after creating a file) waits for the next.
   */
  refresh(): Promise<T> {
    if (!this.inFlight) return this.begin();
    this.queued ??= this.inFlight.then(
      () => this.afterQueue(),
      () => this.afterQueue(),
    );
    return this.queued;
  }

  /** The candidate pressed Enter on a terminal command. */
  commandEntered(): void {
    this.awaitingIdle = true;
    if (this.commandTimer) clearTimeout(this.commandTimer);
    this.commandTimer = setTimeout(() => {
      this.commandTimer = null;
      this.background();
    }, this.afterCommandMs);
    this.armIdle();
  }

  /** The terminal printed something; typing echoes are ignored until a command is entered. */
  output(): void {
    if (this.awaitingIdle) this.armIdle();
  }

  /** Starts the background poll; it skips while the page is hidden or a listing is on its way. */
  startPolling(): void {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => {
      if (this.isVisible() && !this.inFlight) this.background();
    }, this.pollMs);
  }

  /** The page became visible again: files may have changed meanwhile. */
  visibilityChanged(): void {
    if (this.isVisible()) this.background();
  }

  dispose(): void {
    if (this.commandTimer) clearTimeout(this.commandTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.commandTimer = this.idleTimer = this.pollTimer = null;
    this.awaitingIdle = false;
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.awaitingIdle = false;
      this.background();
    }, this.idleMs);
  }

  /** A refresh nobody waits for; one already queued covers it. */
  private background(): void {
    if (this.queued) return;
    this.refresh().catch(() => undefined);
  }

  private afterQueue(): Promise<T> {
    this.queued = null;
    return this.begin();
  }

  private begin(): Promise<T> {
    const current = this.load().finally(() => {
      if (this.inFlight === current) this.inFlight = null;
    });
    this.inFlight = current;
    return current;
  }
}
