import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { useLocation } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { AppConfig, Me } from '../api/types';
import { createUserManager, readSignInState, safeReturnTo, signInRequest, type SignInOptions } from './oidc';
import { AuthContext, type AuthState } from './useAuth';

// One exchange per authorization code: React's strict mode runs effects twice in development.
const callbackExchanges = new Map<string, Promise<User>>();

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [config, setConfig] = useState<AppConfig | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [user, setUser] = useState<User | null>(null);
  const queryClient = useQueryClient();
  const [leaving, setLeaving] = useState(false);
  const { pathname } = useLocation();
  const managerRef = useRef<UserManager | null>(null);
  const userRef = useRef<User | null>(null);
  const readyRef = useRef<Promise<UserManager | null> | null>(null);

  // Leaving: the profile goes at once, before the identity provider has answered.
  const forgetProfile = useCallback(() => queryClient.setQueriesData<Me | null>({ queryKey: queryKeys.profiles }, null), [queryClient]);

  const updateUser = useCallback((next: User | null) => {
    userRef.current = next;
    setUser(next);
  }, []);

  useEffect(() => {
    let cancelled = false;
    const ready = (async (): Promise<UserManager | null> => {
      try {
        const cfg = await api.config();
        if (cancelled) return null;
        const manager = createUserManager(cfg);
        managerRef.current = manager;
        manager.events.addUserLoaded((loaded) => updateUser(loaded));
        manager.events.addUserUnloaded(() => updateUser(null));
        manager.events.addSilentRenewError(() => {
          // The refresh token is no longer accepted: the session is over.
          void manager.removeUser();
        });
        let stored = await manager.getUser();
        if (stored?.expired) {
          stored = await manager.signinSilent().catch(() => null);
          if (!stored) await manager.removeUser();
        }
        if (cancelled) return manager;
        setConfig(cfg);
        updateUser(stored);
        setStatus('ready');
        return manager;
      } catch (err) {
        if (!cancelled) {
          setError(toApiError(err));
          setStatus('error');
        }
        return null;
      }
    })();
    readyRef.current = ready;
    return () => {
      cancelled = true;
    };
  }, [updateUser]);

  const getAccessToken = useCallback(async (): Promise<string | null> => {
    const current = userRef.current;
    if (!current) return null;
    if (current.expired && managerRef.current) {
      const renewed = await managerRef.current.signinSilent().catch(() => null);
      return renewed?.access_token ?? null;
    }
    return current.access_token;
  }, []);

  useEffect(() => {
    api.setTokenProvider(getAccessToken);
  }, [getAccessToken]);

  const signIn = useCallback(async (returnTo = '/dashboard', options: SignInOptions = {}) => {
    const manager = (await readyRef.current) ?? managerRef.current;
    if (!manager) throw new Error('Sign-in is not available: the server configuration could not be loaded.');
    await manager.signinRedirect(signInRequest(returnTo, options));
  }, []);

  const signOut = useCallback(async (returnTo?: string) => {
    const manager = managerRef.current;
    forgetProfile();
    if (!manager) {
      updateUser(null);
      return;
    }
    try {
      const path = returnTo ? safeReturnTo(returnTo, '/') : null;
      await manager.signoutRedirect(path ? { post_logout_redirect_uri: `${window.location.origin}${path}` } : undefined);
    } catch {
      await manager.removeUser();
      updateUser(null);
    }
  }, [updateUser, forgetProfile]);

  // Leaving ends with the next page.
  const [leavingFrom, setLeavingFrom] = useState(pathname);
  if (pathname !== leavingFrom) {
    setLeavingFrom(pathname);
    setLeaving(false);
  }

  const signOutLocally = useCallback(async () => {
    setLeaving(true);
    forgetProfile();
    const manager = managerRef.current;
    if (manager) await manager.removeUser();
    updateUser(null);
  }, [updateUser, forgetProfile]);

  const refreshSession = useCallback(async () => {
    const manager = managerRef.current;
    if (!manager || !userRef.current) return;
    const renewed = await manager.signinSilent().catch(() => null);
    if (renewed) updateUser(renewed);
  }, [updateUser]);

  const completeSignIn = useCallback(async (): Promise<string> => {
    const manager = await readyRef.current;
    if (!manager) throw new Error('The server configuration could not be loaded.');
    const key = window.location.search;
    let exchange = callbackExchanges.get(key);
    if (!exchange) {
      exchange = manager.signinRedirectCallback();
      callbackExchanges.set(key, exchange);
    }
    const signedIn = await exchange;
    updateUser(signedIn);
    return readSignInState(signedIn.state);
  }, [updateUser]);

  // When the API says the session is gone, forget it so that protected pages ask to sign in.
  useEffect(() => {
    api.onUnauthorized(() => {
      const manager = managerRef.current;
      if (manager && userRef.current) void manager.removeUser();
    });
    return () => api.onUnauthorized(null);
  }, []);

  const isAuthenticated = user !== null && !user.expired;
  const userId = user?.profile.sub ?? null;

  // The signed-in person's profile; signed out, there is none and no error about loading one.
  const profile = useQuery({
    queryKey: queryKeys.me(userId),
    queryFn: ({ signal }): Promise<Me | null> => api.me(signal),
    enabled: userId !== null,
  });
  const me = userId ? (profile.data ?? null) : null;
  const meError = userId && profile.isError ? toApiError(profile.error) : null;
  const { refetch: refetchMe } = profile;
  const reloadMe = useCallback(() => void refetchMe(), [refetchMe]);

  const replaceMe = useCallback((next: Me) => queryClient.setQueryData(queryKeys.me(userId), next), [queryClient, userId]);

  const value = useMemo<AuthState>(
    () => ({
      status,
      config,
      me,
      meError,
      isAuthenticated,
      leaving,
      error,
      signIn,
      signOut,
      signOutLocally,
      replaceMe,
      refreshSession,
      completeSignIn,
      getAccessToken,
      reloadMe,
    }),
    [
      status,
      config,
      me,
      meError,
      isAuthenticated,
      leaving,
      error,
      signIn,
      signOut,
      signOutLocally,
      replaceMe,
      refreshSession,
      completeSignIn,
      getAccessToken,
      reloadMe,
    ],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
