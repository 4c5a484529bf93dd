import type { AppNotification, LiveNotificationMessage } from '../api/types';
import { backoffDelay, bearerSubprotocols } from '../workspace/terminalConnection';

/** A message of `/ws/notifications`, or null for anything else (the socket may grow new message types). */
export function parseLiveMessage(raw: unknown): LiveNotificationMessage | null {
  if (typeof raw !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const message = parsed as Record<string, unknown>;
  const unread = typeof message.unread === 'number' ? message.unread : null;
  if (unread === null) return null;
  if (message.type === 'unread') return { type: 'unread', unread };
  if (message.type === 'notification' && typeof message.notification === 'object' && message.notification !== null) {
    return { type: 'notification', notification: message.notification as AppNotification, unread };
  }
  return null;
}

export interface LiveNotificationsOptions {
  /** Absolute ws(s):// URL of `/ws/notifications`. */
  url: string;
  getToken: () => Promise<string | null>;
  onMessage: (message: LiveNotificationMessage) => void;
  /** The socket (re)opened: what was announced while it was away is not replayed, so the list is read again. */
  onOpen?: () => void;
  createSocket?: (url: string, protocols: string[]) => WebSocket;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The live notification socket, reconnecting with backoff (1 s, 2 s, 4 s… up to a minute) whenever it cannot connect
 * or drops. The token travels as a subprotocol, as for the terminal; a fresh one is read on every connection.
 */
export class LiveNotifications {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private readonly opts: LiveNotificationsOptions;

  constructor(options: LiveNotificationsOptions) {
    this.opts = options;
  }

  start(): void {
    if (!this.stopped) return;
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
      socket.onopen = null;
      socket.onclose = null;
      socket.onerror = null;
      socket.onmessage = null;
      socket.close();
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    let token: string | null = null;
    try {
      token = await this.opts.getToken();
    } catch {
      token = null;
    }
    if (this.stopped) return;
    if (!token) {
      this.scheduleRetry();
      return;
    }
    const create = this.opts.createSocket ?? ((url, protocols) => new WebSocket(url, protocols));
    let socket: WebSocket;
    try {
      socket = create(this.opts.url, bearerSubprotocols(token));
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.opts.onOpen?.();
    };
    socket.onmessage = (event: MessageEvent) => {
      const message = parseLiveMessage(event.data);
      if (message) this.opts.onMessage(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleRetry();
    };
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++, this.opts.baseDelayMs ?? 1_000, this.opts.maxDelayMs ?? 60_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }
}
