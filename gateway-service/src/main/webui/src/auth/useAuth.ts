import { createContext, useContext } from 'react';
import type { ApiError } from '../api/client';
import type { AppConfig, Me } from '../api/types';
import type { SignInOptions } from './oidc';

export interface AuthState {
  /** `loading` until the configuration and any stored session have been read. */
  status: 'loading' | 'ready' | 'error';
  config: AppConfig | null;
  /** The signed-in user's profile from the gateway, once loaded. */
  me: Me | null;
  meError: ApiError | null;
  isAuthenticated: boolean;
  /** The user just signed out here on purpose: protected pages wait for the navigation instead of asking to sign in. */
  leaving: boolean;
  error: ApiError | null;
  /** Opens the identity provider's sign-in; `options` fill in the address and say the email was just verified. */
  signIn: (returnTo?: string, options?: SignInOptions) => Promise<void>;
  /** Ends the session at the identity provider too; it comes back to `returnTo` (default: the start page). */
  signOut: (returnTo?: string) => Promise<void>;
  /** Forgets the session in this browser only (after the account was deleted, there is no session to end). */
  signOutLocally: () => Promise<void>;
  /** Shows a profile the API just returned (after an update) without asking again. */
  replaceMe: (me: Me) => void;
  /** Fetches fresh tokens, so that their claims (names) follow a profile update. */
  refreshSession: () => Promise<void>;
  /** Finishes the redirect from the identity provider; returns where to go next. */
  completeSignIn: () => Promise<string>;
  getAccessToken: () => Promise<string | null>;
  reloadMe: () => void;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
