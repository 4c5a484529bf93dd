import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { CircleCheck } from 'lucide-react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useAuth } from './useAuth';
import { signInDestination, takeRememberedReturnTo } from './oidc';
import './auth.css';

/**
 * `/sign-in` opens the identity provider's sign-in at once. The verification email's link ends here with
 * `?verified=1&email=…&returnTo=…`: the sign-in page then has the address filled in and says that it is verified, and
 * the person continues where they started (an invitation, say).
 */
export function SignInPage() {
  const { status, isAuthenticated, signIn, error } = useAuth();
  const [searchParams] = useSearchParams();
  const verified = searchParams.get('verified') === '1';
  const email = searchParams.get('email')?.trim() || undefined;
  const [returnTo] = useState(() => signInDestination(searchParams.get('returnTo')));
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const started = useRef(false);

  const start = () => {
    if (started.current) return;
    started.current = true;
    takeRememberedReturnTo();
    signIn(returnTo, { loginHint: email, emailVerified: verified }).catch((err: unknown) => {
      started.current = false;
      setSignInError(toApiError(err));
    });
  };

  const startOnArrival = useEffectEvent(start);
  useEffect(() => {
    if (status === 'ready' && !isAuthenticated) startOnArrival();
  }, [status, isAuthenticated]);

  const alreadySignedIn = status === 'ready' && isAuthenticated;
  useEffect(() => {
    if (alreadySignedIn) takeRememberedReturnTo();
  }, [alreadySignedIn]);

  if (alreadySignedIn) return <Navigate to={returnTo} replace />;

  return (
    <div className="auth-card signin-card center-text" data-testid="sign-in-page" data-verified={verified || undefined}>
      {verified ? (
        <>
          <div className="verify-icon verify-icon-done" aria-hidden="true">
            <CircleCheck size={32} />
          </div>
          <h1 data-testid="email-verified">Your email is verified</h1>
          <p className="muted">
            Sign in with the password you chose{email ? <> for <strong>{email}</strong></> : null} to continue.
          </p>
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
