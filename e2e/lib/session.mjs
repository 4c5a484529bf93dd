// A person signed in to the running platform in the browser, and what a test does through their session.
import { BASE_URL } from './platform.mjs';


/** Calls the API from the page with its signed-in user's access token (as the SPA does). */
export async function apiFromPage(page, path) {
  return page.evaluate(async (apiPath) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
    const response = await fetch(apiPath, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    return { status: response.status, body: await response.text() };
  }, path);
}

export async function shownErrors(page) {
  const texts = await page.locator('[data-testid="error-state"], [role="alert"]').allInnerTexts().catch(() => []);
  return texts.join(' | ').replace(/\s+/g, ' ').trim();
}

/** Fills Keycloak's login form, then waits for the dashboard. */
export async function keycloakLogin(page, account) {
  try {
    await page.waitForSelector('#username', { timeout: 30_000 });
  } catch {
    throw new Error(`the Keycloak login form did not appear (now at ${page.url()})`);
  }
  await page.fill('#username', account.email);
  await page.fill('#password', account.password);
  await page.click('#kc-login');
}

export async function waitForDashboard(page) {
  try {
    await page.waitForURL(`${BASE_URL}/dashboard`, { timeout: 30_000 });
  } catch {
    const message = await page.locator('#input-error, .alert-error, .kc-feedback-text, #kc-page-title, [data-testid="auth-callback-error"]').allTextContents();
    throw new Error(`did not reach the dashboard (now at ${page.url()}): ${message.join(' ').replace(/\s+/g, ' ').trim() || 'no message'}`);
  }
}

export async function signInFromLanding(page, account) {
  try {
    await page.goto('/');
  } catch (error) {
    throw new Error(`Skills Lab is not reachable at ${BASE_URL} (${error.message.split('\n')[0]}); start the system or set SKILLSLAB_URL`);
  }
  await page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="sign-in"]');
    return button && !button.disabled;
  }, null, { timeout: 20_000 });
  await page.getByTestId('sign-in').click();
  await keycloakLogin(page, account);
  await waitForDashboard(page);
}

/** The app-relative path of a link from an email, on the gateway under test (the session lives on that origin). */
export function onGateway(link) {
  const url = new URL(link);
  return `${BASE_URL}${url.pathname}${url.search}${url.hash}`;
}
