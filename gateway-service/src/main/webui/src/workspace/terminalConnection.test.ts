import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CommandLineRecorder,
  TerminalConnection,
  backoffDelay,
  bearerSubprotocols,
  parseServerMessage,
  websocketUrl,
} from './terminalConnection';

class FakeSocket {
  static instances: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event?: CloseEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(
    public url: string,
    public protocols: string[],
  ) {
    FakeSocket.instances.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  fail() {
    this.readyState = 3;
    this.onerror?.();
    this.onclose?.();
  }
}

describe('terminal connection helpers', () => {
  it('builds ws and wss URLs on this origin', () => {
    expect(websocketUrl('/ws/sandbox/a/terminal', { protocol: 'http:', host: 'localhost:8080' })).toBe(
      'ws://localhost:8080/ws/sandbox/a/terminal',
    );
    expect(websocketUrl('/ws/x', { protocol: 'https:', host: 'lab.example' })).toBe('wss://lab.example/ws/x');
    expect(websocketUrl('wss://other/x', { protocol: 'http:', host: 'h' })).toBe('wss://other/x');
  });

  it('carries the token in a URI-encoded Quarkus header subprotocol', () => {
    const [carrier, header] = bearerSubprotocols('abc.def');
    expect(carrier).toBe('bearer-token-carrier');
    expect(decodeURIComponent(header)).toBe('quarkus-http-upgrade#Authorization#Bearer abc.def');
    expect(header).not.toContain(' ');
  });

  it('parses server messages', () => {
    expect(parseServerMessage('{"type":"output","data":"$ "}')).toEqual({ type: 'output', data: '$ ' });
    expect(parseServerMessage('{"type":"exit","code":1}')).toEqual({ type: 'exit', code: 1 });
    expect(parseServerMessage('nonsense')).toBeNull();
    expect(parseServerMessage(new ArrayBuffer(2))).toBeNull();
  });

  it('backs off exponentially up to a ceiling', () => {
    const fixed = () => 0.5;
    expect(backoffDelay(0, 1000, 30000, fixed)).toBe(1000);
    expect(backoffDelay(1, 1000, 30000, fixed)).toBe(2000);
    expect(backoffDelay(3, 1000, 30000, fixed)).toBe(8000);
    expect(backoffDelay(10, 1000, 30000, fixed)).toBe(30000);
  });
});

describe('TerminalConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.instances = [];
  });
  afterEach(() => vi.useRealTimers());

  function connect() {
    const statuses: string[] = [];
    const output: string[] = [];
    const connection = new TerminalConnection({
      url: 'ws://h/ws/sandbox/a/terminal',
      getToken: async () => 'tok',
      onOutput: (d) => output.push(d),
      onExit: () => undefined,
      onStatus: (s) => statuses.push(s),
      getSize: () => ({ cols: 80, rows: 24 }),
      createSocket: (url, protocols) => new FakeSocket(url, protocols) as unknown as WebSocket,
    });
    return { connection, statuses, output };
  }

  it('reports "unavailable" and retries with backoff when the backend is missing', async () => {
    const { connection, statuses } = connect();
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.instances).toHaveLength(1);
    FakeSocket.instances[0].fail();
    expect(statuses.at(-1)).toBe('unavailable');
    await vi.advanceTimersByTimeAsync(1200);
    expect(FakeSocket.instances).toHaveLength(2);
    FakeSocket.instances[1].fail();
    await vi.advanceTimersByTimeAsync(1200);
    expect(FakeSocket.instances).toHaveLength(2); // second wait is about 2 s
    await vi.advanceTimersByTimeAsync(1200);
    expect(FakeSocket.instances).toHaveLength(3);
    connection.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.instances).toHaveLength(3);
  });

  it('stops reconnecting when the session is not the caller’s or has ended', async () => {
    const { connection, statuses } = connect();
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    FakeSocket.instances[0].onclose?.({ code: 4409 } as CloseEvent);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
    expect(statuses.at(-1)).toBe('closed');
    connection.stop();
  });

  it('says why the server refused a terminal over the session’s limit, and keeps trying', async () => {
    const reasons: (string | undefined)[] = [];
    const connection = new TerminalConnection({
      url: 'ws://h/ws/sandbox/a/terminal',
      getToken: async () => 'tok',
      onOutput: () => undefined,
      onExit: () => undefined,
      onStatus: (_s, _d, reason) => reasons.push(reason),
      getSize: () => ({ cols: 80, rows: 24 }),
      createSocket: (url, protocols) => new FakeSocket(url, protocols) as unknown as WebSocket,
    });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    const reason = '2 terminals are already open for this sandbox, the most at once. Close one first.';
    FakeSocket.instances[0].onclose?.({ code: 4429, reason } as CloseEvent);
    expect(reasons.at(-1)).toBe(reason);
    await vi.advanceTimersByTimeAsync(1200);
    expect(FakeSocket.instances).toHaveLength(2);
    FakeSocket.instances[1].open();
    expect(reasons.at(-1)).toBeUndefined();
    connection.stop();
  });

  it('announces its size on open, sends input and passes output on', async () => {
    const { connection, statuses, output } = connect();
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    const socket = FakeSocket.instances[0];
    expect(socket.protocols[0]).toBe('bearer-token-carrier');
    socket.open();
    expect(statuses.at(-1)).toBe('open');
    expect(JSON.parse(socket.sent[0])).toEqual({ type: 'resize', cols: 80, rows: 24 });
    expect(connection.sendInput('ls\r')).toBe(true);
    expect(JSON.parse(socket.sent[1])).toEqual({ type: 'input', data: 'ls\r' });
    socket.onmessage?.({ data: '{"type":"output","data":"file.py\\r\\n"}' } as MessageEvent);
    expect(output).toEqual(['file.py\r\n']);
    connection.stop();
  });
});

describe('CommandLineRecorder', () => {
  it('reports whole lines on Enter', () => {
    const recorder = new CommandLineRecorder();
    expect(recorder.feed('pyt')).toEqual([]);
    expect(recorder.feed('hon -m pytest\r')).toEqual(['python -m pytest']);
    expect(recorder.feed('ls\rpwd\r')).toEqual(['ls', 'pwd']);
  });

  it('applies backspace, discards on Ctrl+C and skips escape sequences and empty lines', () => {
    const recorder = new CommandLineRecorder();
    expect(recorder.feed('lss\u007f -la\r')).toEqual(['ls -la']);
    expect(recorder.feed('rm -rf x\u0003')).toEqual([]);
    expect(recorder.feed('\u001b[A\u001b[Bcat a.py\u001bOD\r')).toEqual(['cat a.py']);
    expect(recorder.feed('   \r')).toEqual([]);
  });
});

