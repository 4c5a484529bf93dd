// The running platform through its public API, as a script or an attacker would use it: throw-away accounts made in
// Keycloak for one test, tokens, assessments, the sandbox's run API and terminal WebSocket, and the launcher's crash
// tool for restart tests.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import WebSocket from 'ws';
import { E2E_DIR, waitUntil } from './browser.mjs';

export const BASE_URL = (process.env.SKILLSLAB_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = `${KEYCLOAK}/realms/skills-lab`;
// The gateway's test client of the local platform (launcher/config/keycloak/local-realm.json: manage users only),
// for the accounts a test makes; it exists in no other Keycloak.
const ACCOUNTS_CLIENT = process.env.SKILLSLAB_ACCOUNTS_CLIENT_ID ?? 'skills-lab-gateway-service-test';
const ACCOUNTS_SECRET = process.env.SKILLSLAB_ACCOUNTS_CLIENT_SECRET ?? 'gateway-service-test-secret';
const PASSWORD = 'e2e-throwaway-password-1';

export class ApiProblem extends Error {
  constructor(method, path, status, body, text) {
    super(`${method} ${path} answered ${status}: ${body?.detail ?? body?.title ?? text.slice(0, 300)}`);
    this.status = status;
    this.problem = body ?? {};
  }

  get kind() {
    return String(this.problem.type ?? '').split('/').pop();
  }
}

/** The problem a call was refused with, or null when it was accepted (other failures are thrown on). */
export async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  return null;
}

async function form(url, fields) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

async function serviceToken() {
  const { access_token: token } = await form(`${REALM}/protocol/openid-connect/token`, {
    grant_type: 'client_credentials',
    client_id: ACCOUNTS_CLIENT,
    client_secret: ACCOUNTS_SECRET,
  });
  return token;
}

/** Signs a person in as a script does (client `skills-lab-cli`). */
export async function signIn(email, password = PASSWORD) {
  const { access_token: token } = await form(`${REALM}/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'skills-lab-cli',
    username: email,
    password,
  });
  return token;
}

/**
 * A verified account of the given type made for this test; `remove()` deletes it again. `names` may give its first and
 * last name (default "E2E" and the prefix).
 */
export async function tempUser(prefix, role = 'individual', names = {}) {
  const admin = await serviceToken();
  const email = `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.skillslab.dev`;
  const created = await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: email,
      email,
      firstName: names.firstName ?? 'E2E',
      lastName: names.lastName ?? prefix,
      enabled: true,
      emailVerified: true,
      credentials: [{ type: 'password', value: PASSWORD, temporary: false }],
    }),
  });
  if (created.status !== 201) throw new Error(`Keycloak did not create ${email}: HTTP ${created.status} ${await created.text()}`);
  const id = created.headers.get('location').split('/').pop();
  // The roles the account can get (the accounts client may not read the realm's roles otherwise: no view-realm).
  const available = await (
    await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users/${id}/role-mappings/realm/available`, { headers: { Authorization: `Bearer ${admin}` } })
  ).json();
  const roleRep = available.find((r) => r.name === role);
  if (!roleRep) throw new Error(`Keycloak has no realm role ${role} to grant to ${email}`);
  const granted = await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users/${id}/role-mappings/realm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify([roleRep]),
  });
  if (!granted.ok) throw new Error(`Keycloak did not grant ${role} to ${email}: HTTP ${granted.status}`);
  const token = await signIn(email);
  return {
    id,
    email,
    password: PASSWORD,
    token,
    api: client(token),
    async remove() {
      const fresh = await serviceToken();
      await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${fresh}` } });
    },
  };
}

/** Deletes the account of an address a test signed up through the API (found with the accounts client). */
export async function removeUserByEmail(email) {
  const admin = await serviceToken();
  const found = await (
    await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users?exact=true&email=${encodeURIComponent(email)}`, { headers: { Authorization: `Bearer ${admin}` } })
  ).json();
  for (const user of Array.isArray(found) ? found : []) {
    await fetch(`${KEYCLOAK}/admin/realms/skills-lab/users/${user.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${admin}` } });
  }
  return Array.isArray(found) ? found.length : 0;
}

const encodedPath = (path) => path.split('/').map(encodeURIComponent).join('/');

/** Calls the public API with one person's token; non-2xx answers throw an ApiProblem. */
export function client(token) {
  const call = async (method, path, body) => {
    const response = await fetch(BASE_URL + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) throw new ApiProblem(method, path, response.status, data, text);
    return data;
  };
  return {
    token,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    async defaultTask(title) {
      const { tasks } = await call('GET', '/api/tasks?isDefault=true&limit=50');
      const task = tasks.find((t) => t.title === title);
      if (!task) throw new Error(`the default task "${title}" is missing`);
      return task;
    },
    /** Creates and starts an attempt; its sandbox is ready when this returns. */
    async start(taskId) {
      const { assessmentId } = await call('POST', '/api/assessments', { taskId });
      await call('POST', `/api/assessments/${assessmentId}/start`);
      return assessmentId;
    },
    async readFile(id, path) {
      const { content } = await call('GET', `/api/assessments/${id}/files/${encodedPath(path)}`);
      return content;
    },
    writeFile(id, path, content) {
      return call('PUT', `/api/assessments/${id}/files/${encodedPath(path)}`, { content });
    },
    run(id, command) {
      return call('POST', `/api/assessments/${id}/run`, { command });
    },
    submit(id, notes) {
      return call('POST', `/api/assessments/${id}/submit`, notes ? { notes } : {});
    },
    /** Waits until the assessment is scored (or fails the test when scoring failed). */
    async scored(id, timeoutMs = 180_000) {
      let last;
      await waitUntil(
        async () => {
          last = await call('GET', `/api/assessments/${id}`);
          if (last.status === 'failed') throw new Error(`scoring of ${id} failed: ${last.failureReason}`);
          return last.status === 'scored' && last.score;
        },
        { timeoutMs, intervalMs: 1_500, message: `the score of assessment ${id}` },
      );
      return last;
    },
  };
}

/**
 * One call of the public API that answers its status and headers as well as its body, for calls whose status or
 * headers are part of what is checked. `json` is sent as JSON, `form` (a FormData) as multipart; non-2xx answers
 * throw an ApiProblem.
 */
export async function callApi(token, method, path, { json, form } = {}) {
  const headers = { Authorization: `Bearer ${token}` };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  const response = await fetch(BASE_URL + path, { method, headers, body });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) throw new ApiProblem(method, path, response.status, data, text);
  return { status: response.status, headers: response.headers, body: data };
}

/** Uploads a text file to one of the caller's own tasks as the business area does (multipart `file`, `path`, `visibility`). */
export function uploadTaskFile(token, taskId, path, content, visibility = 'starter') {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/plain' }), path.split('/').pop());
  form.append('path', path);
  form.append('visibility', visibility);
  return callApi(token, 'POST', `/api/tasks/${encodeURIComponent(taskId)}/files`, { form });
}

/** The session's terminal over the gateway's WebSocket, as the workspace opens it. */
export async function terminal(token, assessmentId) {
  const url = `${BASE_URL.replace(/^http/, 'ws')}/ws/sandbox/${encodeURIComponent(assessmentId)}/terminal`;
  const socket = new WebSocket(url, ['bearer-token-carrier', encodeURIComponent(`quarkus-http-upgrade#Authorization#Bearer ${token}`)]);
  let output = '';
  socket.on('message', (raw) => {
    try {
      const message = JSON.parse(raw.toString());
      if (message.type === 'output') output += message.data;
    } catch {
      // not a frame of ours
    }
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('close', (code, reason) => reject(new Error(`the terminal closed (${code} ${reason})`)));
  });
  return {
    get output() {
      return output;
    },
    /** Types one line and waits until `expect` (default: the line's own echo marker) shows in the output. */
    async line(text, expect, timeoutMs = 30_000) {
      socket.send(JSON.stringify({ type: 'input', data: `${text}\r` }));
      if (expect) await waitUntil(() => output.includes(expect), { timeoutMs, intervalMs: 200, message: `"${expect}" in the terminal` });
    },
    /** Sends keystrokes as they are, without waiting for anything. */
    type(data) {
      socket.send(JSON.stringify({ type: 'input', data }));
    },
    close() {
      socket.close();
    },
  };
}

/** kill -9 of one service of the running platform, then started again and ready (launcher/tools/crash-service.sh). */
export function crashService(name) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(E2E_DIR, '..', 'launcher', 'tools', 'crash-service.sh'), [name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(log) : reject(new Error(`crash-service.sh ${name} exited ${code}: ${log}`))));
  });
}
