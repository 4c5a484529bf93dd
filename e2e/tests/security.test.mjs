// The platform's hardening, checked from outside as an attacker (or an auditor) would: default secrets that get
// nothing, service tokens that open only what their service needs, tokens refused by services they were not made for,
// service ports closed to other machines, anonymous floods refused before their body is read, a huge chat line
// answered promptly, the browser's security headers, sign-up that does not tell whether an address has an account,
// the daily invitation quota, a deleted account leaving nothing of the person in any store, and Kafka's ACLs on
// score-results. Each check prints what it tried and what it got. Throw-away accounts only.
//
//   SKILLSLAB_URL, KEYCLOAK_URL, GREENMAIL_API  the gateway, Keycloak and GreenMail (defaults: the local platform)
//   SKILLSLAB_HOME   the launcher's home (default ~/.skillslab): the services' client secrets, pid files, S3 store,
//                    Kafka credentials and client jars
//   SKILLSLAB_MANAGEMENT_URL  the gateway's management interface (default http://127.0.0.1:9080)
//   INVITATIONS_DAILY_QUOTA   the quota the platform runs with (default 100, as assessment-service's default)
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { E2E_DIR, step, waitUntil } from '../lib/browser.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { BASE_URL, callApi, removeUserByEmail, tempUser, uploadTaskFile } from '../lib/platform.mjs';
import {
  SKILLSLAB_HOME,
  kafkaProbe,
  scanCompactedTopics,
  scanDatabase,
  scanObjectStore,
  scanRedis,
} from '../lib/stores.mjs';

const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = `${KEYCLOAK}/realms/skills-lab`;
const MANAGEMENT = (process.env.SKILLSLAB_MANAGEMENT_URL ?? 'http://127.0.0.1:9080').replace(/\/$/, '');
const DAILY_QUOTA = Number(process.env.INVITATIONS_DAILY_QUOTA ?? 100);
const TASK = 'Build a REST API with AI Assistance';
// The services as the launcher runs them (launcher/lib/common.sh SERVICES), each on loopback.
const SERVICE_PORTS = {
  'gateway-service': 8080,
  'task-service': 8081,
  'assessment-service': 8082,
  'sandbox-orchestrator': 8083,
  'scoring-service': 8084,
  'notification-service': 8085,
};
const MANAGEMENT_PORT = 9080;
const KEYCLOAK_PORT = Number(new URL(KEYCLOAK).port || 80);
// The services with a Keycloak client of their own (launcher/lib/common.sh SERVICE_CLIENTS).
const SERVICE_CLIENTS = ['gateway-service', 'assessment-service', 'sandbox-orchestrator'];
// What every service client once shared, and its secret, published in the repository before each got its own.
const OLD_SHARED_CLIENT = 'skills-lab-service';
const OLD_DEFAULT_SECRET = 'skills-lab-local-service-secret';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const say = (...parts) => console.log('  ·', ...parts);
const local = (service, path) => `http://127.0.0.1:${SERVICE_PORTS[service]}${path}`;

/** A request that answers whatever it gets (never throws on a status), timed, its body text and parsed JSON. */
async function probe(url, { method = 'GET', token, headers = {}, json, body, timeoutMs = 15_000 } = {}) {
  const started = Date.now();
  const all = { ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  if (json !== undefined) all['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers: all,
    body: json !== undefined ? JSON.stringify(json) : body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  return { status: response.status, headers: response.headers, text, json: data, ms: Date.now() - started };
}

/** The token endpoint's answer to a grant, as it is (status and OAuth error). */
async function grant(fields, realmUrl = REALM) {
  const answer = await probe(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: answer.status, error: answer.json?.error, token: answer.json?.access_token };
}

const secretOf = async (service) => (await readFile(join(SKILLSLAB_HOME, 'secrets', `${service}-client-secret`), 'utf8')).trim();

async function serviceToken(service) {
  const answer = await grant({ grant_type: 'client_credentials', client_id: `skills-lab-${service}`, client_secret: await secretOf(service) });
  assert.equal(answer.status, 200, `skills-lab-${service} gets a token with this installation's secret (HTTP ${answer.status} ${answer.error})`);
  return answer.token;
}

const claims = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const audience = (token) => [claims(token).aud ?? []].flat();

const refused = (status) => status === 401 || status === 403;

/** The pid of a service the launcher started (its pid file in the run directory). */
async function servicePid(service) {
  return Number((await readFile(join(SKILLSLAB_HOME, 'run', `${service}.pid`), 'utf8')).trim());
}

async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)[1]) / 1024;
}

/**
 * Sends `totalBytes` as a chunked body (no Content-Length) without a token, as fast as the server takes it, and stops
 * at the first answer. Answers the status, the time to it, how much was sent by then and the body's first bytes. A raw
 * socket rather than node:http: a server that answers and closes while the body is still coming must not lose its
 * answer to the client's write error (EPIPE).
 */
function chunkedFlood(url, { method = 'POST', totalBytes = 50 * 1024 * 1024, timeoutMs = 30_000 } = {}) {
  const target = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const data = Buffer.alloc(64 * 1024, 'a');
    const frame = Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
    let sent = 0;
    let received = Buffer.alloc(0);
    let writeError = null;
    let settled = false;
    const socket = connect({ host: target.hostname === 'localhost' ? '127.0.0.1' : target.hostname, port: Number(target.port || 80) });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ms: Date.now() - started, sentMb: +(sent / 1024 / 1024).toFixed(1), ...result });
    };
    const answer = () => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const head = text.slice(0, end);
      const status = Number(head.match(/^HTTP\/1\.[01] (\d{3})/)?.[1]);
      const contentType = head.match(/^content-type:\s*(.*)$/im)?.[1];
      finish({ status, contentType, body: text.slice(end + 4, end + 304) });
      return true;
    };
    const timer = setTimeout(() => finish({ status: 'timeout' }), timeoutMs);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      answer();
    });
    socket.on('error', (error) => {
      writeError = error.code ?? error.message;
    });
    socket.on('close', () => {
      if (!answer()) finish({ status: `closed without an answer${writeError ? ` (${writeError})` : ''}` });
    });
    const pump = () => {
      while (!settled && !socket.destroyed && sent < totalBytes) {
        sent += data.length;
        if (!socket.write(frame)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (!settled && !socket.destroyed) socket.end('0\r\n\r\n');
    };
    socket.once('connect', () => {
      socket.write(
        `${method} ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\n` +
          'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
      );
      pump();
    });
  });
}

/** Connects to host:port; answers 'open', 'refused', 'timeout' or another error code. */
function tcpState(host, port, timeoutMs = 2_000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (state) => {
      socket.destroy();
      resolve(state);
    };
    socket.setTimeout(timeoutMs, () => done('timeout'));
    socket.once('connect', () => done('open'));
    socket.once('error', (error) => done(error.code === 'ECONNREFUSED' ? 'refused' : error.code ?? error.message));
  });
}

async function defaultTaskId(api) {
  return (await api.defaultTask(TASK)).id;
}

// ---------------------------------------------------------------------------------------------------------------------

test('1. known default secrets and admin/admin get nothing; the web client has no password grant', { timeout: 120_000 }, async () => {
  await step('the master realm refuses admin/admin', async () => {
    const answer = await grant({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }, `${KEYCLOAK}/realms/master`);
    say(`POST master token (password grant, admin/admin, admin-cli) → ${answer.status} ${answer.error ?? ''}`);
    assert.equal(answer.status, 401, 'admin/admin must not sign in to the master realm');
    assert.equal(answer.error, 'invalid_grant');
  });

  await step(`the old shared client ${OLD_SHARED_CLIENT} with its old default secret`, async () => {
    const answer = await grant({ grant_type: 'client_credentials', client_id: OLD_SHARED_CLIENT, client_secret: OLD_DEFAULT_SECRET });
    say(`client_credentials ${OLD_SHARED_CLIENT} / old default secret → ${answer.status} ${answer.error ?? ''}`);
    assert.equal(answer.status, 401, 'the old shared client must not exist or not take its old secret');
    assert.ok(!answer.token);
  });

  for (const service of SERVICE_CLIENTS) {
    await step(`skills-lab-${service} with the old default secret`, async () => {
      const old = await grant({ grant_type: 'client_credentials', client_id: `skills-lab-${service}`, client_secret: OLD_DEFAULT_SECRET });
      say(`client_credentials skills-lab-${service} / old default secret → ${old.status} ${old.error ?? ''}`);
      assert.equal(old.status, 401, `skills-lab-${service} must refuse the old default secret`);
      // The client exists and works with this installation's own secret: the refusal above is about the secret.
      const own = await grant({ grant_type: 'client_credentials', client_id: `skills-lab-${service}`, client_secret: await secretOf(service) });
      say(`client_credentials skills-lab-${service} / its own secret (${SKILLSLAB_HOME}/secrets) → ${own.status}`);
      assert.equal(own.status, 200);
    });
  }

  const person = await tempUser('sec-grant');
  try {
    await step('the web client (skills-lab-web) refuses the password grant', async () => {
      const answer = await grant({ grant_type: 'password', client_id: 'skills-lab-web', username: person.email, password: person.password });
      say(`password grant, skills-lab-web, a real account's right password → ${answer.status} ${answer.error ?? ''}`);
      assert.ok([400, 401].includes(answer.status), `skills-lab-web must not take a password (HTTP ${answer.status})`);
      assert.ok(!answer.token);
    });

    await step('the CLI client: password grant in the local realm only, never in the Helm realm', async () => {
      const realmFile = JSON.parse(await readFile(join(E2E_DIR, '..', 'launcher', 'config', 'keycloak', 'skills-lab-realm.json'), 'utf8'));
      const cli = realmFile.clients.find((c) => c.clientId === 'skills-lab-cli');
      const web = realmFile.clients.find((c) => c.clientId === 'skills-lab-web');
      say(`launcher realm: skills-lab-web directAccessGrantsEnabled=${web.directAccessGrantsEnabled}, skills-lab-cli directAccessGrantsEnabled=${cli.directAccessGrantsEnabled} (public=${cli.publicClient})`);
      assert.equal(web.directAccessGrantsEnabled, false);
      const answer = await grant({ grant_type: 'password', client_id: 'skills-lab-cli', username: person.email, password: person.password });
      say(`password grant, skills-lab-cli, on the running (local) realm → ${answer.status}: local scripts and these tests sign in this way`);
      assert.equal(answer.status, cli.directAccessGrantsEnabled ? 200 : 400, 'the running realm answers as its file says');
      // Helm renders the same file for an installed Keycloak: the cli client's password grant must be switched off there.
      const template = await readFile(join(E2E_DIR, '..', 'helm', 'skills-lab', 'templates', 'keycloak-realm.yaml'), 'utf8');
      const cliBranch = template.slice(template.indexOf('eq $c.clientId "skills-lab-cli"'), template.indexOf('{{- else }}', template.indexOf('eq $c.clientId "skills-lab-cli"')));
      say('helm/skills-lab/templates/keycloak-realm.yaml, the skills-lab-cli branch: directAccessGrantsEnabled set to false, device code on');
      assert.match(cliBranch, /set \$c "directAccessGrantsEnabled" false/, 'the Helm realm turns the CLI password grant off');
      assert.match(cliBranch, /oauth2\.device\.authorization\.grant\.enabled" "true"/);
      const wrong = await grant({ grant_type: 'password', client_id: 'skills-lab-cli', username: person.email, password: 'not-the-password-1' });
      say(`password grant, skills-lab-cli, wrong password → ${wrong.status} ${wrong.error ?? ''}`);
      assert.equal(wrong.status, 401);
    });
  } finally {
    await person.remove();
  }
});

test('2. a service token opens only the internal endpoints its service needs; a user token none', { timeout: 120_000 }, async () => {
  const person = await tempUser('sec-internal');
  try {
    const taskId = await defaultTaskId(person.api);
    const tokens = Object.fromEntries(await Promise.all(SERVICE_CLIENTS.map(async (s) => [s, await serviceToken(s)])));
    for (const [service, token] of Object.entries(tokens)) say(`token of skills-lab-${service}: aud ${JSON.stringify(audience(token))}, roles ${JSON.stringify(claims(token).resource_access ?? {})}`);
    const sandboxBody = { assessmentId: crypto.randomUUID(), userId: 'nobody', taskId };

    const cases = [
      // [who, token, method, url, body, expectation]
      ['assessment-service (needs it)', tokens['assessment-service'], 'GET', local('task-service', `/internal/tasks/${taskId}/bundle`), undefined, 'allowed'],
      ['sandbox-orchestrator (needs it)', tokens['sandbox-orchestrator'], 'GET', local('task-service', `/internal/tasks/${taskId}`), undefined, 'allowed'],
      ['gateway-service', tokens['gateway-service'], 'GET', local('task-service', `/internal/tasks/${taskId}/bundle`), undefined, 'refused'],
      ['gateway-service', tokens['gateway-service'], 'GET', local('task-service', `/internal/tasks/${taskId}`), undefined, 'refused'],
      ['gateway-service', tokens['gateway-service'], 'POST', local('sandbox-orchestrator', '/internal/sandboxes'), sandboxBody, 'refused'],
      ['gateway-service', tokens['gateway-service'], 'DELETE', local('sandbox-orchestrator', `/internal/sandboxes/${sandboxBody.assessmentId}`), undefined, 'refused'],
      ['sandbox-orchestrator', tokens['sandbox-orchestrator'], 'POST', local('sandbox-orchestrator', '/internal/sandboxes'), sandboxBody, 'refused'],
      ['sandbox-orchestrator', tokens['sandbox-orchestrator'], 'POST', local('sandbox-orchestrator', `/internal/sandboxes/${sandboxBody.assessmentId}/finalize`), undefined, 'refused'],
      ['a candidate', person.token, 'GET', local('task-service', `/internal/tasks/${taskId}/bundle`), undefined, 'refused'],
      ['a candidate', person.token, 'POST', local('sandbox-orchestrator', '/internal/sandboxes'), sandboxBody, 'refused'],
      ['a candidate', person.token, 'DELETE', local('sandbox-orchestrator', `/internal/sandboxes/${sandboxBody.assessmentId}`), undefined, 'refused'],
      ['no token', undefined, 'GET', local('task-service', `/internal/tasks/${taskId}/bundle`), undefined, 'refused'],
    ];
    const wrong = [];
    for (const [who, token, method, url, json, expected] of cases) {
      const answer = await probe(url, { method, token, json });
      say(`${who}: ${method} ${url} → ${answer.status}`);
      const ok = expected === 'allowed' ? answer.status === 200 : refused(answer.status);
      if (!ok) wrong.push(`${who}: ${method} ${url} answered ${answer.status} (${expected} expected) ${answer.text.slice(0, 200)}`);
    }
    // A candidate's token with a task's hidden tests would be the worst case: check that it is a 403 (known, no role).
    const candidate = await probe(local('task-service', `/internal/tasks/${taskId}/bundle`), { token: person.token });
    assert.equal(candidate.status, 403, `a user's token on /internal/* is a 403 (HTTP ${candidate.status})`);
    const viaGateway = await probe(`${BASE_URL}/internal/tasks/${taskId}/bundle`, { token: tokens['assessment-service'] });
    say(`through the gateway, even with assessment-service's token: GET /internal/tasks/{id}/bundle → ${viaGateway.status} (not routed)`);
    if (viaGateway.status === 200 || viaGateway.text.includes('hidden')) wrong.push(`the gateway serves /internal/*: ${viaGateway.status}`);
    assert.deepEqual(wrong, []);
  } finally {
    await person.remove();
  }
});

test('3. a token made for one service is refused by another service\'s API (audience)', { timeout: 60_000 }, async () => {
  const tokens = Object.fromEntries(await Promise.all(SERVICE_CLIENTS.map(async (s) => [s, await serviceToken(s)])));
  const cases = [
    ['sandbox-orchestrator', local('assessment-service', '/api/assessments')],
    ['sandbox-orchestrator', local('assessment-service', '/api/invitations')],
    ['gateway-service', local('assessment-service', '/api/assessments')],
    ['gateway-service', local('sandbox-orchestrator', `/api/assessments/${crypto.randomUUID()}/files`)],
    ['assessment-service', local('notification-service', '/api/business/webhooks')],
    ['assessment-service', local('scoring-service', '/api/admin/scoring/rescore-jobs')],
    ['sandbox-orchestrator', `${BASE_URL}/api/assessments`],
    ['gateway-service', `${BASE_URL}/api/notifications`],
  ];
  const wrong = [];
  for (const [service, url] of cases) {
    const answer = await probe(url, { token: tokens[service] });
    say(`token of skills-lab-${service} (aud ${JSON.stringify(audience(tokens[service]))}): GET ${url} → ${answer.status}`);
    if (answer.status !== 401) wrong.push(`${service} on ${url}: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  assert.deepEqual(wrong, [], 'a token without the service\'s audience answers 401');
});

test('4. the service ports answer on loopback only', { timeout: 60_000 }, async () => {
  const ports = [...Object.values(SERVICE_PORTS), MANAGEMENT_PORT, KEYCLOAK_PORT];
  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  for (const port of ports) {
    const state = await tcpState('127.0.0.1', port);
    say(`127.0.0.1:${port} → ${state}`);
    assert.equal(state, 'open', `the platform answers on 127.0.0.1:${port}`);
  }
  if (!external) {
    say('SKIPPED the non-loopback half: this machine has no non-loopback IPv4 address (os.networkInterfaces())');
    return;
  }
  const open = [];
  for (const port of ports) {
    const state = await tcpState(external, port);
    say(`${external}:${port} → ${state}`);
    if (state === 'open') open.push(port);
  }
  assert.deepEqual(open, [], `no service port answers on ${external}`);
});

test('5. a chunked 50 MB body without a token is refused quickly, memory steady', { timeout: 240_000 }, async () => {
  const someId = crypto.randomUUID();
  const targets = [
    ['gateway-service', `${BASE_URL}/api/ai/chat/stream`, 'POST', 'the streaming chat (Vert.x route, proxied)'],
    ['gateway-service', `${BASE_URL}/api/assessments/${someId}/files/big.txt`, 'PUT', 'a workspace file (proxied to sandbox-orchestrator)'],
    ['gateway-service', `${BASE_URL}/api/assessments/${someId}/track`, 'POST', 'tracking (proxied without rate limits)'],
    ['gateway-service', `${BASE_URL}/api/me`, 'PUT', "the gateway's own JAX-RS route"],
    ['assessment-service', local('assessment-service', '/api/ai/chat/stream'), 'POST', 'the streaming chat, directly on its port'],
    ['assessment-service', local('assessment-service', '/api/ai/chat'), 'POST', 'the chat (JAX-RS), directly on its port'],
  ];
  const wrong = [];
  for (const [service, url, method, what] of targets) {
    const pid = await servicePid(service);
    const before = await rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => rssMb(pid).then((mb) => (peak = Math.max(peak, mb))).catch(() => undefined), 100);
    const answer = await chunkedFlood(url, { method });
    clearInterval(sampler);
    const after = await rssMb(pid);
    peak = Math.max(peak, after);
    say(
      `${method} ${url} (${what}), 50 MB chunked, no token → ${answer.status} in ${answer.ms} ms after ${answer.sentMb} MB sent; ` +
        `${service} (pid ${pid}) RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} → ${after.toFixed(0)} MB`,
    );
    // A server that answers and closes while the flood is still arriving resets the connection, and the kernel may drop
    // its answer before the client reads it: a close before the body was sent counts as a refusal too.
    const closedEarly = String(answer.status).startsWith('closed') && answer.sentMb < 50;
    if (answer.status !== 401 && !closedEarly) wrong.push(`${method} ${url}: ${answer.status} (401 expected) ${answer.body ?? ''}`);
    if (answer.sentMb >= 50) wrong.push(`${method} ${url}: the whole body was taken before the answer`);
    if (answer.ms >= 10_000) wrong.push(`${method} ${url}: answered after ${answer.ms} ms`);
    if (peak - before >= 100) wrong.push(`${method} ${url}: ${service}'s RSS grew ${(peak - before).toFixed(0)} MB`);
    if (answer.status === 401 && !/problem\+json/.test(answer.contentType ?? '')) wrong.push(`${method} ${url}: 401 as ${answer.contentType}, not problem+json`);
  }
  assert.deepEqual(wrong, []);
});

test('6. a 100,000-character chat line is answered promptly', { timeout: 180_000 }, async () => {
  const person = await tempUser('sec-longline');
  const { api } = person;
  let id;
  try {
    id = await api.start(await defaultTaskId(api));
    const { models } = await api.get('/api/ai/models');
    const model = (models.find((m) => m.offline) ?? models[0]).id;
    const line = Array.from({ length: 10_000 }, (_, i) => `word${i % 10}xx`).join(' ').slice(0, 100_000).padEnd(100_000, 'y');
    assert.equal(line.length, 100_000);
    assert.ok(!line.includes('\n'));

    await step('POST /api/ai/chat', async () => {
      const answer = await probe(`${BASE_URL}/api/ai/chat`, { method: 'POST', token: person.token, json: { assessmentId: id, model, message: line }, timeoutMs: 30_000 });
      say(`POST /api/ai/chat, model ${model}, one line of ${line.length} characters → ${answer.status} in ${answer.ms} ms (${answer.headers.get('content-type')})`);
      assert.ok(answer.ms < 10_000, `answered in ${answer.ms} ms`);
      if (answer.status >= 400) {
        assert.ok(answer.status < 500, `a refusal is a 4xx: ${answer.status} ${answer.text.slice(0, 200)}`);
        assert.match(answer.headers.get('content-type') ?? '', /application\/problem\+json/);
      } else {
        assert.equal(answer.status, 200);
        assert.ok(answer.json?.content?.length > 0, 'an answer with content');
      }
    });

    await step('POST /api/ai/chat/stream', async () => {
      const started = Date.now();
      const response = await fetch(`${BASE_URL}/api/ai/chat/stream`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${person.token}`, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ assessmentId: id, model, message: line }),
        signal: AbortSignal.timeout(30_000),
      });
      const head = Date.now() - started;
      const text = await response.text();
      const ms = Date.now() - started;
      say(`POST /api/ai/chat/stream, the same line → ${response.status} head in ${head} ms, whole answer in ${ms} ms (${text.length} characters, ${response.headers.get('content-type')})`);
      assert.ok(ms < 10_000, `the stream ended after ${ms} ms`);
      if (response.status >= 400) {
        assert.ok(response.status < 500, `${response.status} ${text.slice(0, 200)}`);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      } else {
        assert.match(text, /data:/, 'server-sent events');
      }
    });
  } finally {
    if (id) await api.submit(id).catch(() => undefined);
    await person.remove();
  }
});

test('7. security headers on every browser-facing answer; /q/* only on the management port', { timeout: 60_000 }, async () => {
  const config = await probe(`${BASE_URL}/api/config`);
  const oidcOrigin = new URL(config.json.oidc.authority).origin;
  const index = await probe(`${BASE_URL}/`);
  const asset = index.text.match(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/)?.[1];
  assert.ok(asset, 'index.html names a static asset');
  const pages = [
    ['/', 'the SPA'],
    ['/workspace/abc', 'a deep SPA route'],
    [asset, 'a static asset'],
    ['/api/config', 'an API answer'],
    ['/api/tasks?isDefault=true', 'a proxied API answer without a token'],
    ['/api/no-such-endpoint', 'an API 404'],
    ['/assets/no-such-file.js', 'a missing asset (answered by the SPA fallback)'],
  ];
  const wrong = [];
  for (const [path, what] of pages) {
    const answer = await probe(BASE_URL + path);
    const csp = answer.headers.get('content-security-policy') ?? '';
    const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src')) ?? '';
    const found = {
      csp: /frame-ancestors 'none'/.test(csp) && connect.split(/\s+/).includes(oidcOrigin),
      nosniff: answer.headers.get('x-content-type-options') === 'nosniff',
      referrer: Boolean(answer.headers.get('referrer-policy')),
      frame: answer.headers.get('x-frame-options') === 'DENY',
    };
    say(`GET ${path} (${what}) → ${answer.status}; CSP frame-ancestors 'none' and connect-src with ${oidcOrigin}: ${found.csp}, nosniff: ${found.nosniff}, Referrer-Policy: ${answer.headers.get('referrer-policy')}, X-Frame-Options: ${answer.headers.get('x-frame-options')}`);
    for (const [name, ok] of Object.entries(found)) if (!ok) wrong.push(`${path}: ${name} missing (CSP: ${csp})`);
  }
  for (const path of ['/q/metrics', '/q/openapi', '/q/health']) {
    const publicAnswer = await probe(BASE_URL + path);
    const management = await probe(MANAGEMENT + path);
    say(`GET ${path}: on ${BASE_URL} → ${publicAnswer.status}; on ${MANAGEMENT} → ${management.status}`);
    if (publicAnswer.status !== 404) wrong.push(`${BASE_URL}${path} answered ${publicAnswer.status}`);
    if (management.status !== 200) wrong.push(`${MANAGEMENT}${path} answered ${management.status}`);
  }
  assert.deepEqual(wrong, []);
});

test('8. sign-up answers a taken address exactly like a new one; the owner is told', { timeout: 150_000 }, async () => {
  const owner = await tempUser('sec-owner');
  let fresh;
  try {
    const body = (email) => ({
      accountType: 'individual',
      firstName: 'Sign',
      lastName: 'Upper',
      email,
      password: `Quartz-Meadow-${unique()}`,
    });
    fresh = `sec-new-${unique()}@e2e.skillslab.dev`;
    const newAnswer = await probe(`${BASE_URL}/api/auth/signup`, { method: 'POST', json: body(fresh) });
    const takenAnswer = await probe(`${BASE_URL}/api/auth/signup`, { method: 'POST', json: body(owner.email) });
    say(`POST /api/auth/signup, a new address → ${newAnswer.status} in ${newAnswer.ms} ms: ${newAnswer.text}`);
    say(`POST /api/auth/signup, a taken address → ${takenAnswer.status} in ${takenAnswer.ms} ms: ${takenAnswer.text}`);
    say(`(timing, not asserted: the new address took ${newAnswer.ms} ms, the taken one ${takenAnswer.ms} ms)`);
    assert.equal(takenAnswer.status, newAnswer.status);
    assert.equal(newAnswer.status, 202);
    const shape = (a, email) => JSON.stringify({ ...a.json, email: a.json.email === email ? '<the address>' : a.json.email });
    assert.equal(shape(takenAnswer, owner.email), shape(newAnswer, fresh), 'the same body but for the address');
    assert.equal(takenAnswer.headers.get('content-type'), newAnswer.headers.get('content-type'));
    const mail = await waitForMail(owner.email, { subject: /tried to create|already has an account|sign[- ]?up/i, timeoutMs: 60_000 });
    say(`the owner of the taken address got "${mail.subject}"`);
  } finally {
    await owner.remove();
    if (fresh) await removeUserByEmail(fresh).catch(() => undefined);
  }
});

test('9. the daily invitation quota', { timeout: 180_000 }, async () => {
  const business = await tempUser('sec-quota', 'business');
  let taskId;
  try {
    taskId = await makeInviteOnlyTask(business, `Quota ${unique()}`);
    // The quota counts per UTC day: a run that would straddle midnight waits for the new day first.
    const untilMidnight = new Date().setUTCHours(24, 0, 0, 0) - Date.now();
    if (untilMidnight < 90_000) {
      say(`${Math.ceil(untilMidnight / 1000)} s before midnight UTC, when the quota's day ends: waiting for the new day`);
      const today = new Date().getUTCDate();
      await waitUntil(() => new Date().getUTCDate() !== today, { timeoutMs: 120_000, intervalMs: 1_000, message: 'the next UTC day' });
    }
    const run = unique();
    const lines = Array.from({ length: DAILY_QUOTA }, (_, i) => `Quota Person ${i}, sec-quota-${run}-${i}@e2e.skillslab.dev`).join('\n');
    const started = Date.now();
    const bulk = await probe(`${BASE_URL}/api/invitations/bulk`, { method: 'POST', token: business.token, json: { taskId, addresses: lines, message: 'A quota test.' }, timeoutMs: 120_000 });
    say(`POST /api/invitations/bulk with ${DAILY_QUOTA} lines → ${bulk.status} in ${Date.now() - started} ms (${bulk.json?.created?.length ?? bulk.json?.invited?.length ?? '?'} invited, ${bulk.json?.failed?.length ?? '?'} failed)`);
    assert.equal(bulk.status, 200, `every line within the quota is invited: ${bulk.text.slice(0, 300)}`);

    const one = await probe(`${BASE_URL}/api/invitations`, { method: 'POST', token: business.token, json: { taskId, recipientEmail: `sec-quota-${run}-extra@e2e.skillslab.dev`, recipientName: 'One Too Many' } });
    say(`POST /api/invitations, invitation ${DAILY_QUOTA + 1} of the day → ${one.status} ${one.headers.get('content-type')} Retry-After ${one.headers.get('retry-after')}: ${one.text.slice(0, 300)}`);
    assert.equal(one.status, 429);
    assert.match(one.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(String(one.json.type), /invitation-quota-reached$/);
    assert.equal(one.json.limit, DAILY_QUOTA);
    assert.ok(Number(one.headers.get('retry-after')) > 0);

    const again = await probe(`${BASE_URL}/api/invitations/bulk`, { method: 'POST', token: business.token, json: { taskId, addresses: `sec-quota-${run}-extra2@e2e.skillslab.dev` } });
    say(`POST /api/invitations/bulk with 1 more line → ${again.status}: ${again.text.slice(0, 300)}`);
    assert.equal(again.status, 207);
    assert.match(JSON.stringify(again.json.failed), /invitation-quota-reached/);
  } finally {
    if (taskId) await callApi(business.token, 'DELETE', `/api/tasks/${encodeURIComponent(taskId)}`).catch(() => undefined);
    await business.remove();
  }
});

/** A business's own published invite-only Python task with a starter and a visible test; answers its id. */
async function makeInviteOnlyTask(business, title) {
  const created = await callApi(business.token, 'POST', '/api/tasks', {
    json: {
      title,
      description:
        '## Task Description\n\nMake `greet(name)` in `greeting.py` greet the person by name.\n\n## Requirements\n\n1. `greet("Ada")` returns `"Hello, Ada!"`\n2. Add a test',
      taskType: 'code_generation',
      difficulty: 'basic',
      timeLimitMinutes: 60,
      runtime: 'python',
      hiddenTestRunner: 'none',
    },
  });
  const id = created.body.id;
  await uploadTaskFile(business.token, id, 'greeting.py', 'def greet(name):\n    return "Hello"\n');
  await uploadTaskFile(
    business.token,
    id,
    'test_greeting.py',
    'import unittest\n\nfrom greeting import greet\n\n\nclass GreetTest(unittest.TestCase):\n    def test_greet(self):\n        self.assertEqual(greet("Ada"), "Hello, Ada!")\n\n\nif __name__ == "__main__":\n    unittest.main()\n',
  );
  const published = await callApi(business.token, 'POST', `/api/tasks/${encodeURIComponent(id)}/publish`, { json: { isPublic: false } });
  assert.equal(published.status, 200);
  return id;
}

// Erasure travels as AccountDeleted over Kafka; assessment-service redacts tracking objects in S3 on its sweep
// (skillslab.accounts.erasure-scan, 30 s). Two later erasures are not waited for, by design of the platform: the
// sandbox's workspace snapshots go 30 minutes after the deletion (sandbox-orchestrator skillslab.sandbox.erasure.delay,
// which the launcher does not shorten: scoring of a last submission reads them), and rendered PDF reports on
// assessment-service's 10-minute sweep (skillslab.reports.erasure-scan). So the candidate writes nothing personal into
// the workspace, and nobody renders a PDF of the attempt.
test('10. a deleted account leaves nothing of the person in any store', { timeout: 420_000 }, async () => {
  const run = unique();
  const nameMarker = `Zyxname${run}`;
  const noteMarker = `zyxnote-${run}`;
  const company = `Zyx Company ${run}`;
  const business = await tempUser('sec-erasure-business', 'business');
  const candidate = await tempUser(`sec-erasure-${run}`, 'individual', { firstName: 'Erasure', lastName: nameMarker });
  const markers = [candidate.email, nameMarker, noteMarker];
  let taskId;
  let deleted = false;
  try {
    await callApi(business.token, 'PUT', '/api/me', { json: { companyName: company } });
    taskId = await makeInviteOnlyTask(business, `Erasure ${run}`);

    const assessmentId = await step('invited, accepted, started', async () => {
      const invited = await callApi(business.token, 'POST', '/api/invitations', {
        json: { taskId, recipientEmail: candidate.email, recipientName: `Erasure ${nameMarker}`, message: 'An erasure test.' },
      });
      const token = new URL(invited.body.accessLink).pathname.split('/').pop();
      const accepted = await callApi(candidate.token, 'POST', `/api/invitations/access/${encodeURIComponent(token)}/accept`);
      const id = accepted.body.assessmentId;
      await callApi(candidate.token, 'POST', `/api/assessments/${encodeURIComponent(id)}/start`);
      return id;
    });

    const { api } = candidate;
    await step('a file saved, a chat turn, the tests run, submitted with a note, scored', async () => {
      await api.writeFile(assessmentId, 'greeting.py', 'def greet(name):\n    return f"Hello, {name}!"\n');
      const { models } = await api.get('/api/ai/models');
      const model = (models.find((m) => m.offline) ?? models[0]).id;
      await api.post('/api/ai/chat', { assessmentId, model, message: `How do I format a greeting? (asked by ${nameMarker})` });
      const tests = await api.run(assessmentId, 'python3 -m unittest -v');
      say(`tests run: exit ${tests.exitCode}`);
      await api.submit(assessmentId, `My note ${noteMarker}: I wrote the greeting.`);
      const scored = await api.scored(assessmentId);
      say(`scored ${scored.score?.finalScore ?? scored.score}`);
    });

    const before = await scanDatabase(markers);
    const kind = (marker) => ({ [candidate.email.toLowerCase()]: 'email', [nameMarker.toLowerCase()]: 'name', [noteMarker.toLowerCase()]: 'note' })[marker];
    say(`before deletion the database holds the markers in: ${[...new Set(before.hits.map((h) => `${h.table} (${kind(h.marker)})`))].join(', ')}`);
    const [s3Before, redisBefore] = await Promise.all([scanObjectStore(markers), scanRedis(markers)]);
    say(`before deletion S3 holds them in ${s3Before.hits.length} objects ${JSON.stringify(s3Before.hits.map((h) => `${h.object} (${kind(h.marker)})`).slice(0, 10))}, Redis in ${redisBefore.hits.length} keys`);
    assert.ok(before.hits.some((h) => h.marker === noteMarker), 'the scan finds the note before deletion (the scan works)');
    assert.ok(before.hits.some((h) => h.marker === candidate.email.toLowerCase()), 'the scan finds the email before deletion');

    await step('the candidate deletes the account (DELETE /api/me)', async () => {
      const answer = await probe(`${BASE_URL}/api/me`, { method: 'DELETE', token: candidate.token });
      say(`DELETE /api/me → ${answer.status}`);
      assert.equal(answer.status, 204);
      deleted = true;
    });

    // Erasure travels over Kafka to every service; assessment-service's sweep (30 s) redacts tracking objects in S3.
    let last;
    let notClean = null;
    const started = Date.now();
    try {
      await waitUntil(
        async () => {
          const [db, s3, redis] = await Promise.all([scanDatabase(markers), scanObjectStore(markers), scanRedis(markers)]);
          last = { db, s3, redis };
          return db.hits.length + s3.hits.length + redis.hits.length === 0;
        },
        { timeoutMs: 120_000, intervalMs: 3_000, message: 'no store holding the email, name or note' },
      );
    } catch (error) {
      notClean = error;
    }
    const { db, s3, redis } = last;
    say(`after ${Math.round((Date.now() - started) / 1000)} s:`);
    say(`PostgreSQL ${db.tables} tables, ${db.rows} rows (per schema ${JSON.stringify(db.perSchema)}): ${db.hits.length} hits`);
    for (const hit of db.hits.slice(0, 20)) say(`  still in ${hit.table} (${kind(hit.marker)}): ${hit.row.slice(0, 200)}`);
    say(`S3Proxy store: ${s3.objects} objects (${s3.gzipped} gzip, ${s3.pdfs} PDF, ${(s3.bytes / 1024).toFixed(0)} KiB) in buckets ${JSON.stringify(s3.buckets)}: ${s3.hits.length} hits ${JSON.stringify(s3.hits.slice(0, 10))}`);
    say(`Redis databases ${JSON.stringify(redis.databases)}, ${redis.keys} keys: ${redis.hits.length} hits ${JSON.stringify(redis.hits.slice(0, 10))}`);
    say('the business\'s invitation row for the candidate stays, with only a hash of the address and no name (AccountErasureService.anonymizeReceived): nothing is excluded from the scan');
    const kafka = await scanCompactedTopics(markers);
    say(`Kafka: ${kafka.topics} topics, compacted: ${kafka.compacted.length ? JSON.stringify(kafka.compacted) : 'none (every topic cleanup.policy=delete: events age out with retention)'}; ${kafka.hits.length} hits`);
    assert.deepEqual(kafka.hits, []);
    assert.deepEqual(
      [...db.hits.map((h) => `${h.table} (${kind(h.marker)})`), ...s3.hits.map((h) => `s3 ${h.object} (${kind(h.marker)})`), ...redis.hits.map((h) => `redis ${h.key} (${kind(h.marker)})`)],
      [],
      `no store may hold the deleted person's email, name or note (${notClean?.message ?? ''})`,
    );
  } finally {
    if (!deleted) await candidate.remove();
    if (taskId) await callApi(business.token, 'DELETE', `/api/tasks/${encodeURIComponent(taskId)}`).catch(() => undefined);
    await business.remove();
  }
});

test('11. only scoring-service may publish to score-results', { timeout: 120_000 }, async () => {
  const lines = await kafkaProbe('produce', 'score-results', 'assessment-service', 'gateway-service', 'scoring-service:wrong', '-');
  for (const line of lines) say(line);
  const result = (user) => lines.find((l) => l.startsWith(`RESULT ${user} `)) ?? '';
  assert.match(result('assessment-service'), /refused TopicAuthorizationException/, 'assessment-service (read only) may not write');
  assert.match(result('gateway-service'), /refused TopicAuthorizationException/, 'gateway-service has no ACL on the topic');
  assert.match(result('scoring-service:wrong'), /refused SaslAuthenticationException/, 'a wrong password does not log in');
  assert.match(result('-'), /refused/, 'without credentials nothing is published');
  assert.ok(!lines.some((l) => / accepted$/.test(l)));
});
