import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveNotifications, parseLiveMessage } from './liveNotifications';
import { preferenceRows, relativeTime, unreadBadge } from './notificationText';

class FakeSocket {
  static made: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  closed = false;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    FakeSocket.made.push(this);
  }
  close() {
    this.closed = true;
  }
}

describe('live notification messages', () => {
  it('reads the two message types and ignores anything else', () => {
    expect(parseLiveMessage('{"type":"unread","unread":3}')).toEqual({ type: 'unread', unread: 3 });
    const message = parseLiveMessage('{"type":"notification","notification":{"id":"n1","title":"T"},"unread":1}');
    expect(message).toMatchObject({ type: 'notification', unread: 1, notification: { id: 'n1' } });
    expect(parseLiveMessage('{"type":"ping"}')).toBeNull();
    expect(parseLiveMessage('not json')).toBeNull();
    expect(parseLiveMessage(new ArrayBuffer(2))).toBeNull();
  });
});

describe('LiveNotifications', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.made = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = (onMessage = vi.fn(), onOpen = vi.fn()) => {
    const live = new LiveNotifications({
      url: 'ws://host/ws/notifications',
      getToken: () => Promise.resolve('tok en'),
      onMessage,
      onOpen,
      createSocket: (url, protocols) => new FakeSocket(url, protocols) as unknown as WebSocket,
      baseDelayMs: 1000,
    });
    live.start();
    return live;
  };

  it('sends the token as a subprotocol and passes messages on', async () => {
    const onMessage = vi.fn();
    start(onMessage);
    await vi.advanceTimersByTimeAsync(0);
    const socket = FakeSocket.made[0];
    expect(socket.protocols).toEqual(['bearer-token-carrier', encodeURIComponent('quarkus-http-upgrade#Authorization#Bearer tok en')]);
    socket.onmessage?.({ data: '{"type":"unread","unread":2}' });
    expect(onMessage).toHaveBeenCalledWith({ type: 'unread', unread: 2 });
  });

  it('reconnects with a growing wait after a drop, and stops for good', async () => {
    const live = start();
    await vi.advanceTimersByTimeAsync(0);
    FakeSocket.made[0].onclose?.();
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.made).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.made).toHaveLength(2);
    FakeSocket.made[1].onclose?.();
    await vi.advanceTimersByTimeAsync(1300);
    expect(FakeSocket.made).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1200);
    expect(FakeSocket.made).toHaveLength(3);
    live.stop();
    expect(FakeSocket.made[2].closed).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeSocket.made).toHaveLength(3);
  });
});

describe('notification wording', () => {
  it('caps the badge and says how long ago', () => {
    expect(unreadBadge(7)).toBe('7');
    expect(unreadBadge(120)).toBe('99+');
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(relativeTime('2026-12-07T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-12-07T11:15:00Z', now)).toBe('45 min ago');
    expect(relativeTime('2026-12-06T11:00:00Z', now)).toBe('yesterday');
  });

  it('lists the three kinds, on by default', () => {
    expect(preferenceRows([{ kind: 'candidate.submitted', email: false, inApp: true }])).toEqual([
      { kind: 'candidate.scored', email: true, inApp: true },
      { kind: 'candidate.submitted', email: false, inApp: true },
      { kind: 'invitation.accepted', email: true, inApp: true },
    ]);
  });
});
