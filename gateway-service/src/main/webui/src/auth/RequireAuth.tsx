import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useAuth } from './useAuth';

/** Renders its children for a signed-in user; anyone else is sent to sign in and brought back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const [redirectError, setRedirectError] = useState<ApiError | null>(null);
  const redirecting = useRef(false);
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const { status, isAuthenticated, signIn, leaving } = auth;

  useEffect(() => {
    if (status === 'ready' && !isAuthenticated && !leaving && !redirecting.current) {
      redirecting.current = true;
      signIn(returnTo).catch((err: unknown) => {
        redirecting.current = false;
        setRedirectError(toApiError(err));
      });
    }
  }, [status, isAuthenticated, signIn, returnTo, leaving]);

  if (auth.status === 'error' && auth.error) {
    return <ErrorState error={auth.error} title="The server could not be reached" />;
  }
  if (redirectError) return <ErrorState error={redirectError} title="Sign-in failed" />;
  if (auth.status === 'loading') return <Spinner label="Loading…" fullPage />;
  if (leaving) return <Spinner label="Signing out…" fullPage />;
  if (!auth.isAuthenticated) return <Spinner label="Redirecting to sign in…" fullPage />;
  return <>{children}</>;
}
