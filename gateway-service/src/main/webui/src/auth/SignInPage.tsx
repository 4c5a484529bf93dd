import { useEffect, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useAuth } from './AuthContext';
import { peekRememberedReturnTo, safeReturnTo, takeRememberedReturnTo } from './oidc';
import './auth.css';

/** How long the "email verified" message stays before the identity provider's page opens. */
const VERIFIED_PAUSE_MS = 1500;

/**
 * `/sign-in` starts the sign-in at the identity provider. Keycloak's verification email ends here with `?verified=1`:
 * the page says so first. `?returnTo=/path` says where to go afterwards.
 */
export function SignInPage() {
  const { status, isAuthenticated, signIn, error } = useAuth();
  const [searchParams] = useSearchParams();
  const verified = searchParams.get('verified') === '1';
  const [returnTo] = useState(
    () => peekRememberedReturnTo() ?? safeReturnTo(searchParams.get('returnTo') ?? undefined, '/dashboard'),
  );
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const started = useRef(false);

  const start = () => {
    if (started.current) return;
    started.current = true;
    takeRememberedReturnTo();
    signIn(returnTo).catch((err: unknown) => {
      started.current = false;
      setSignInError(toApiError(err));
    });
  };

  useEffect(() => {
    if (status !== 'ready' || isAuthenticated) return;
    const timer = setTimeout(start, verified ? VERIFIED_PAUSE_MS : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, isAuthenticated, verified]);

  const alreadySignedIn = status === 'ready' && isAuthenticated;
  useEffect(() => {
    if (alreadySignedIn) takeRememberedReturnTo();
  }, [alreadySignedIn]);

  if (alreadySignedIn) return <Navigate to={returnTo} replace />;

  return (
    <div className="auth-card signin-card center-text" data-testid="sign-in-page" data-verified={verified || undefined}>
      {verified ? (
        <>
          <div className="verify-icon" aria-hidden="true">
            ✅
          </div>
          <h1 data-testid="email-verified">Email verified — sign in</h1>
          <p className="muted">Your email address is confirmed and your account is ready. Taking you to sign in…</p>
        </>
      ) : (
        <h1>Sign in</h1>
      )}
      {status === 'error' && error ? (
        <ErrorState error={error} title="Sign-in is unavailable: the server could not be reached" />
      ) : signInError ? (
        <ErrorState error={signInError} title="Sign-in failed" />
      ) : (
        <Spinner label="Opening the sign-in page…" />
      )}
      <Button variant="primary" size="lg" disabled={status !== 'ready'} onClick={start} data-testid="sign-in-now">
        Sign in now
      </Button>
    </div>
  );
}
