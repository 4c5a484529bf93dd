// Shared browser set-up: the system Chromium through playwright-core (no browser download).
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const E2E_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGET_DIR = join(E2E_DIR, 'target');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new Error(`Could not start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH to override): ${error.message}`);
  }
}

export async function newPage(browser, { baseURL } = {}) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page, name, options = {}) {
  await mkdir(TARGET_DIR, { recursive: true });
  const path = join(TARGET_DIR, name);
  if (!options.fullPage) {
    await page.screenshot({ path });
    return path;
  }
  // A full-page capture keeps the viewport's height, so sticky headers and bars would be painted in the middle of
  // the page: the viewport grows to the page for the shot instead.
  const viewport = page.viewportSize();
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  try {
    await page.screenshot({ path, fullPage: true });
  } finally {
    if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  }
  return path;
}

/** Polls `probe` until it returns a truthy value; fails with `message` after `timeoutMs`. */
export async function waitUntil(probe, { timeoutMs = 30_000, intervalMs = 500, message = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${message}${lastError ? ` (last error: ${lastError.message})` : ''}`,
  );
}

/** Runs an async step and rethrows its failure with the step's name in front. */
export async function step(name, fn) {
  try {
    return await fn();
  } catch (error) {
    error.message = `[${name}] ${error.message}`;
    throw error;
  }
}
