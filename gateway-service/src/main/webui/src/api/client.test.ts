import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, encodePath, problemFromResponse } from './client';

function problem(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

function sse(...lines: string[]): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const line of lines) controller.enqueue(encoder.encode(line));
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('problemFromResponse', () => {
  it('reads every RFC 9457 member and the field errors', async () => {
    const error = await problemFromResponse(
      problem(422, {
        type: 'https://skillslab.dev/problems/validation',
        title: 'Invalid request',
        status: 422,
        detail: 'The task id is missing.',
        errors: [{ field: 'taskId', message: 'must not be blank' }],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('The task id is missing.');
    expect(error.type).toBe('https://skillslab.dev/problems/validation');
    expect(error.errors).toEqual([{ field: 'taskId', message: 'must not be blank' }]);
  });

  it('keeps the extension members that say what the problem is about', async () => {
    const error = await problemFromResponse(
      problem(409, {
        type: 'https://skillslab.dev/problems/attempt-in-progress',
        title: 'Conflict',
        status: 409,
        detail: 'Attempt #2 of this task is in progress.',
        instance: '/api/assessments',
        assessmentId: 'a-2',
        attemptNumber: 2,
      }),
    );
    expect(error.kind).toBe('attempt-in-progress');
    expect(error.extensions).toEqual({ assessmentId: 'a-2', attemptNumber: 2 });
  });

  it('keeps the Retry-After of a 429', async () => {
    const error = await problemFromResponse(
      problem(429, { type: 'about:blank', title: 'Too many requests', status: 429, detail: 'Slow down' }, { 'Retry-After': '12' }),
    );
    expect(error.retryAfterSeconds).toBe(12);
    expect(error.detail).toBe('Slow down');
  });

  it('describes a response that is not JSON (a proxy error page) without showing its HTML', async () => {
    const error = await problemFromResponse(
      new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );
    expect(error.status).toBe(502);
    expect(error.title).toBe('Service unavailable');
    expect(error.detail).not.toContain('<html>');
    expect(error.type).toBe('about:blank');
    expect(error.errors).toBeUndefined();
  });

  it('survives a problem body that is broken JSON', async () => {
    const error = await problemFromResponse(
      new Response('{"title": ', { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    expect(error.status).toBe(500);
    expect(error.title).toBe('Server error');
  });

  it('ignores malformed field errors', async () => {
    const error = await problemFromResponse(
      problem(400, { title: 'Bad', status: 400, errors: [null, 'x', { field: 'a' }, { field: 'b', message: 'wrong' }] }),
    );
    expect(error.errors).toEqual([{ field: 'b', message: 'wrong' }]);
  });
});

describe('ApiClient', () => {
  it('sends the bearer token and JSON body', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ assessmentId: 'a1', status: 'pending' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const client = new ApiClient({ fetch: fetchMock as typeof fetch, getToken: () => 'tok-123' });
    const created = await client.createAssessment('t1');
    expect(created).toEqual({ assessmentId: 'a1', status: 'pending' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/assessments');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok-123');
    expect(init?.body).toBe(JSON.stringify({ taskId: 't1' }));
  });

  it('does not send a token to public endpoints', async () => {
    const fetchMock = vi.fn(async () => new Response('{"oidc":{"authority":"a","clientId":"c"},"version":"1"}'));
    const client = new ApiClient({ fetch: fetchMock as typeof fetch, getToken: () => 'tok' });
    await client.config();
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('throws ApiError for problem responses and reports a 401', async () => {
    const onUnauthorized = vi.fn();
    const client = new ApiClient({
      fetch: (async () => problem(401, { title: 'Unauthorized', status: 401, detail: 'Token expired' })) as typeof fetch,
      getToken: () => 'tok',
    });
    client.onUnauthorized(onUnauthorized);
    await expect(client.me()).rejects.toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Token expired' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const client = new ApiClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const error = await client.listTasks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
    expect((error as ApiError).isNetworkError).toBe(true);
  });

  it('encodes each path segment of sandbox file URLs', async () => {
    const fetchMock = vi.fn(async () => new Response('{"path":"x","content":"","size":0}'));
    const client = new ApiClient({ fetch: fetchMock as typeof fetch });
    await client.readFile('a 1', 'src/my file#1.py');
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/assessments/a%201/files/src/my%20file%231.py');
    expect(encodePath('/./a//b c/')).toBe('a/b%20c');
  });

  it('builds task queries from the set filters only', async () => {
    const fetchMock = vi.fn(async () => new Response('{"tasks":[],"total":0,"hasMore":false}'));
    const client = new ApiClient({ fetch: fetchMock as typeof fetch });
    await client.listTasks({ type: 'bug_fix', difficulty: undefined, limit: 50 });
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/tasks?type=bug_fix&limit=50');
  });
});

describe('ApiClient.chatStream', () => {
  const body = { assessmentId: 'a1', model: 'offline', message: 'hi' };

  it('renders deltas as they arrive and returns the done event', async () => {
    const client = new ApiClient({
      fetch: (async () =>
        sse(
          'data: {"type":"delta","text":"Hel"}\n\n',
          'data: {"type":"delta","text":"lo"}\n\ndata: {"type":"done","model":"offline","usage":{"inputTokens":3,"outputTokens":2,"totalTokens":5}}\n\n',
        )) as typeof fetch,
    });
    const deltas: string[] = [];
    const result = await client.chatStream(body, { onDelta: (t) => deltas.push(t) });
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(result).toMatchObject({ content: 'Hello', model: 'offline', viaFallback: false, interrupted: false });
    expect(result.usage.totalTokens).toBe(5);
  });

  it('falls back to the plain endpoint when streaming fails before any token', async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).endsWith('/stream')) return problem(404, { title: 'Not Found', status: 404 });
      return new Response(JSON.stringify({ content: 'plain answer', model: 'offline', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 } }));
    });
    const client = new ApiClient({ fetch: fetchMock as typeof fetch });
    const deltas: string[] = [];
    const result = await client.chatStream(body, { onDelta: (t) => deltas.push(t) });
    expect(result).toMatchObject({ content: 'plain answer', viaFallback: true });
    expect(deltas).toEqual(['plain answer']);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('sends only the new turn', async () => {
    const fetchMock = vi.fn(async () => sse('data: {"type":"done","model":"offline","usage":null}\n\n'));
    await new ApiClient({ fetch: fetchMock as typeof fetch }).chatStream(body);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(String(init.body))).toEqual({ assessmentId: 'a1', model: 'offline', message: 'hi' });
  });

  it('reports an error event without sending the turn again: the server already recorded it', async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).endsWith('/stream')) return sse('data: {"type":"error","title":"Provider failed","detail":"x"}\n\n');
      return new Response(JSON.stringify({ content: 'ok', model: 'offline', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } }));
    });
    const error = await new ApiClient({ fetch: fetchMock as typeof fetch }).chatStream(body).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, title: 'Provider failed', detail: 'x' });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('does not fall back when the message is too large', async () => {
    const fetchMock = vi.fn(async () => problem(413, { title: 'Payload too large', status: 413, detail: 'at most 120000 characters' }));
    const error = await new ApiClient({ fetch: fetchMock as typeof fetch }).chatStream(body).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 413 });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('does not fall back on a rate limit', async () => {
    const fetchMock = vi.fn(async () =>
      problem(429, { title: 'Too many requests', status: 429 }, { 'Retry-After': '5' }),
    );
    const error = await new ApiClient({ fetch: fetchMock as typeof fetch }).chatStream(body).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 5 });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('keeps the partial answer when the stream breaks after tokens', async () => {
    const fetchMock = vi.fn(async () => sse('data: {"type":"delta","text":"partial"}\n\n'));
    const result = await new ApiClient({ fetch: fetchMock as typeof fetch }).chatStream(body);
    expect(result).toMatchObject({ content: 'partial', interrupted: true, viaFallback: false });
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});

describe('account, task and invitation calls', () => {
  function recorder(response: () => Response) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return response();
    });
    return { calls, client: new ApiClient({ fetch: fetchImpl as unknown as typeof fetch, getToken: () => 'tok' }) };
  }

  it('signs up and asks for the verification email without a token', async () => {
    const { calls, client } = recorder(() => new Response(JSON.stringify({ email: 'a@b.c', userType: 'individual', message: 'Check your email.' }), { status: 202, headers: { 'Content-Type': 'application/json' } }));
    await client.signUp({ accountType: 'individual', firstName: 'A', lastName: 'B', email: 'a@b.c', password: 'twelve-chars' });
    await client.resendVerificationEmail('a@b.c');
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/signup', '/api/auth/verification-email']);
    for (const call of calls) expect((call.init.headers as Record<string, string>).Authorization).toBeUndefined();
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ email: 'a@b.c' });
  });

  it('reads the profile from /api/me and updates and deletes it there', async () => {
    const { calls, client } = recorder(() => new Response(null, { status: 204 }));
    await client.me();
    await client.updateMe({ firstName: 'A' });
    await client.deleteMe();
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['GET /api/me', 'PUT /api/me', 'DELETE /api/me']);
  });

  it('uploads a task file as multipart with path and visibility, letting the browser set the boundary', async () => {
    const { calls, client } = recorder(
      () => new Response(JSON.stringify({ id: 'f1', path: 'src/app.py' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    );
    await client.uploadTaskFile('t 1', new Blob(['print(1)']), 'src/app.py', 'starter');
    const [call] = calls;
    expect(call.url).toBe('/api/tasks/t%201/files');
    expect(call.init.method).toBe('POST');
    const headers = call.init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers.Authorization).toBe('Bearer tok');
    const form = call.init.body as FormData;
    expect(form.get('path')).toBe('src/app.py');
    expect(form.get('visibility')).toBe('starter');
    expect(form.get('file')).toBeInstanceOf(Blob);
  });

  it('tells a deleted task from an archived one by the outcome header', async () => {
    let header: string | null = 'archived';
    const { client } = recorder(() => new Response(null, { status: 204, headers: header ? { 'Skills-Lab-Task-Outcome': header } : {} }));
    expect(await client.deleteTask('t1')).toBe('archived');
    header = 'deleted';
    expect(await client.deleteTask('t1')).toBe('deleted');
    header = null;
    expect(await client.deleteTask('t1')).toBe('unknown');
  });

  it('reads an invitation without a token and accepts it with one', async () => {
    const { calls, client } = recorder(() => new Response(JSON.stringify({}), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await client.invitationAccess('abc/def');
    await client.acceptInvitation('abc');
    await client.listInvitations({ taskId: 't1', status: 'sent' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/invitations/access/abc%2Fdef',
      '/api/invitations/access/abc/accept',
      '/api/invitations?taskId=t1&status=sent',
    ]);
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBeUndefined();
    expect((calls[1].init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });
});
