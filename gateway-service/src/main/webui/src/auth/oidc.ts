import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../api/types';

export const CALLBACK_PATH = '/auth/callback';

/** The OIDC client of the SPA: code flow with PKCE, tokens in sessionStorage, refresh-token renewal. */
export function createUserManager(config: AppConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    scope: 'openid profile email',
    response_type: 'code',
    automaticSilentRenew: true,
    // Renewal uses the refresh token; no hidden iframe is needed.
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Where to go after signing in: a same-origin path only (never an absolute URL from a query). */
export function safeReturnTo(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith(CALLBACK_PATH)) return fallback;
  return value;
}

export interface SignInState {
  returnTo: string;
}

export interface SignInOptions {
  /** The address to fill in on the sign-in page (OIDC `login_hint`). */
  loginHint?: string;
  /** The person just verified their address: the sign-in page says so (read by the Keycloak theme). */
  emailVerified?: boolean;
}

/** The arguments of the redirect to the identity provider's sign-in. */
export function signInRequest(returnTo: string, options: SignInOptions = {}) {
  const loginHint = options.loginHint?.trim();
  return {
    state: { returnTo } satisfies SignInState,
    ...(loginHint ? { login_hint: loginHint } : {}),
    ...(options.emailVerified ? { extraQueryParams: { skillslab_notice: 'email-verified' } } : {}),
  };
}

export function readSignInState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state) {
    return safeReturnTo((state as SignInState).returnTo);
  }
  return '/dashboard';
}

const REMEMBERED_RETURN_TO = 'skillslab.returnToAfterSignUp';

/**
 * Keeps where a new user should land once they have verified their email and signed in (an invitation, say). It
 * lives in localStorage because the verification link usually opens in another tab.
 */
export function rememberReturnTo(path: string): void {
  const safe = safeReturnTo(path, '');
  if (!safe) return;
  try {
    localStorage.setItem(REMEMBERED_RETURN_TO, safe);
  } catch {
    // Storage can be unavailable (private mode); the user then lands on the dashboard.
  }
}

/** The remembered destination, if any. */
export function peekRememberedReturnTo(): string | null {
  try {
    const value = localStorage.getItem(REMEMBERED_RETURN_TO);
    return value ? safeReturnTo(value, '') || null : null;
  } catch {
    return null;
  }
}

/** The remembered destination, once: reading it forgets it. */
export function takeRememberedReturnTo(): string | null {
  const value = peekRememberedReturnTo();
  try {
    localStorage.removeItem(REMEMBERED_RETURN_TO);
  } catch {
    // nothing to forget
  }
  return value;
}

/** Where to go after signing in: the link's `returnTo` first (it works in any browser), else what sign-up remembered. */
export function signInDestination(returnToParam: string | null): string {
  const fromLink = returnToParam ? safeReturnTo(returnToParam, '') : '';
  return fromLink || peekRememberedReturnTo() || '/dashboard';
}
