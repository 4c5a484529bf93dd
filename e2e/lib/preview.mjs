// Serves the built SPA with `vite preview` on a free port, for browser tests with a mocked API.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { E2E_DIR } from './browser.mjs';
import { MOCK_AUTHORITY } from './mockBackend.mjs';

export const WEBUI_DIR = join(E2E_DIR, '..', 'gateway-service', 'src', 'main', 'webui');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The policy the gateway sends with every response (gateway-service routing/SecurityHeaders.contentSecurityPolicy),
 * with the mocked identity provider's origin: a script, style, image or connection it blocks is a console error,
 * which fails the test.
 */
export function contentSecurityPolicy(host) {
  const provider = new URL(MOCK_AUTHORITY).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${host} wss://${host} ${provider}`,
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${provider}`,
  ].join('; ');
}

/** Builds the SPA when dist/ is missing, then starts `vite preview`; returns { url, stop }. */
export async function startPreview() {
  const vite = join(WEBUI_DIR, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    throw new Error(`vite is not installed in ${WEBUI_DIR}: run "npm ci" there first.`);
  }
  if (!existsSync(join(WEBUI_DIR, 'dist', 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: WEBUI_DIR, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`"npm run build" failed in ${WEBUI_DIR}`);
  }
  const port = await freePort();
  const child = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: WEBUI_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SKILLSLAB_PREVIEW_CSP: contentSecurityPolicy(`127.0.0.1:${port}`) },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
