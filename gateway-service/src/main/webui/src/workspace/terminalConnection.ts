export type TerminalStatus = 'connecting' | 'open' | 'unavailable' | 'closed';

export type TerminalServerMessage = { type: 'output'; data: string } | { type: 'exit'; code: number };

export interface TerminalConnectionOptions {
  /** Absolute ws(s):// URL. */
  url: string;
  getToken: () => Promise<string | null>;
  onOutput: (data: string) => void;
  onExit: (code: number) => void;
  /** `reason`: why the server refused the terminal (e.g. too many open for the session), while it retries. */
  onStatus: (status: TerminalStatus, retryInMs: number | null, reason?: string) => void;
  /** Size to announce on every (re)connect. */
  getSize: () => { cols: number; rows: number };
  createSocket?: (url: string, protocols: string[]) => WebSocket;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** ws(s):// URL for a path on this origin (the gateway also routes /ws). */
export function websocketUrl(path: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  if (/^wss?:\/\//.test(path)) return path;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Subprotocols that carry the bearer token: Quarkus WebSockets Next turns the second one into an
 * `Authorization` header for the upgrade request (browsers cannot set headers on WebSockets).
 * It is URI-encoded because a subprotocol may not contain spaces.
 */
export function bearerSubprotocols(token: string): string[] {
  return ['bearer-token-carrier', encodeURIComponent(`quarkus-http-upgrade#Authorization#Bearer ${token}`)];
}

export function parseServerMessage(raw: unknown): TerminalServerMessage | null {
  if (typeof raw !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const msg = parsed as Record<string, unknown>;
  if (msg.type === 'output' && typeof msg.data === 'string') return { type: 'output', data: msg.data };
  if (msg.type === 'exit') return { type: 'exit', code: typeof msg.code === 'number' ? msg.code : -1 };
  return null;
}

/**
 * Close codes after which reconnecting cannot help: the session is not the caller's (4404) or has ended (4409).
 * 1008 (policy violation) is what a refused token gives.
 */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([4404, 4409]);

/** The session already has as many terminals open as it may (like HTTP 429): retried, with the server's reason. */
export const LIMIT_CLOSE_CODE = 4429;

/** Exponential backoff with a little jitter: 1 s, 2 s, 4 s … up to `max`. */
export function backoffDelay(attempt: number, base = 1_000, max = 30_000, random: () => number = Math.random): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, attempt));
  return Math.round(exp * (0.85 + 0.3 * random()));
}

/**
 * The terminal's WebSocket, reconnecting with backoff whenever it cannot connect or drops, so
 * that a missing or restarting terminal backend shows as "unavailable" rather than an error.
 */
export class TerminalConnection {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly opts: TerminalConnectionOptions;

  constructor(options: TerminalConnectionOptions) {
    this.opts = options;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onerror = null;
      socket.onmessage = null;
      socket.close();
    }
    this.opts.onStatus('closed', null);
  }

  /** Reconnects at once (the user pressed "retry now"). */
  retryNow(): void {
    if (this.stopped) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.attempt = 0;
    void this.connect();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === 1;
  }

  sendInput(data: string): boolean {
    return this.sendJson({ type: 'input', data });
  }

  resize(cols: number, rows: number): void {
    this.sendJson({ type: 'resize', cols, rows });
  }

  private sendJson(message: object): boolean {
    if (!this.socket || this.socket.readyState !== 1) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.opts.onStatus('connecting', null);
    let token: string | null = null;
    try {
      token = await this.opts.getToken();
    } catch {
      token = null;
    }
    if (this.stopped) return;
    const create = this.opts.createSocket ?? ((url, protocols) => new WebSocket(url, protocols));
    let socket: WebSocket;
    try {
      socket = create(this.opts.url, token ? bearerSubprotocols(token) : []);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.opts.onStatus('open', null);
      const { cols, rows } = this.opts.getSize();
      this.resize(cols, rows);
    };
    socket.onmessage = (event: MessageEvent) => {
      const message = parseServerMessage(event.data);
      if (!message) return;
      if (message.type === 'output') this.opts.onOutput(message.data);
      else this.opts.onExit(message.code);
    };
    socket.onerror = () => {
      // `onclose` follows and schedules the retry.
    };
    socket.onclose = (event?: CloseEvent) => {
      if (this.socket === socket) this.socket = null;
      if (event && FINAL_CLOSE_CODES.has(event.code)) {
        this.stopped = true;
        this.opts.onStatus('closed', null);
        return;
      }
      if (event?.code === LIMIT_CLOSE_CODE) {
        this.scheduleRetry(event.reason || 'This sandbox already has as many terminals open as it may.');
        return;
      }
      this.scheduleRetry();
    };
  }

  private scheduleRetry(reason?: string): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt, this.opts.baseDelayMs, this.opts.maxDelayMs);
    this.attempt++;
    this.opts.onStatus('unavailable', delay, reason);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }
}

/**
 * Follows what the candidate types into the terminal to report whole command lines. Handles
 * backspace, Ctrl+C/Ctrl+U (discard the line) and ignores escape sequences (arrows, history).
 */
export class CommandLineRecorder {
  private line = '';

  /** Feeds typed data; returns the command lines completed by it (non-empty, trimmed). */
  feed(data: string): string[] {
    const commands: string[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === '\r' || ch === '\n') {
        const command = this.line.trim();
        if (command) commands.push(command);
        this.line = '';
        if (ch === '\r' && data[i + 1] === '\n') i++;
      } else if (ch === '\u007f' || ch === '\b') {
        this.line = this.line.slice(0, -1);
      } else if (ch === '\u0003' || ch === '\u0015') {
        this.line = '';
      } else if (ch === '\u001b') {
        // Skip a CSI/SS3 sequence: ESC [ ... final byte, or ESC O x.
        const next = data[i + 1];
        if (next === '[') {
          i += 2;
          while (i < data.length && !/[@-~]/.test(data[i])) i++;
        } else if (next === 'O') {
          i += 2;
        } else {
          i += 1;
        }
      } else if (ch >= ' ') {
        this.line += ch;
      }
    }
    return commands;
  }
}
