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

export function readSignInState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state) {
    return safeReturnTo((state as SignInState).returnTo);
  }
  return '/dashboard';
}
