import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from './useAuth';
import { Spinner } from '../shared/Spinner';
import './auth.css';

/** The identity provider sends the browser back here with an authorization code. */
export function CallbackPage() {
  const { completeSignIn, status } = useAuth();
  const navigate = useNavigate();
  // The identity provider may come back with an error instead of a code: then there is nothing to exchange.
  const [providerError] = useState<string | null>(() => {
    const params = new URLSearchParams(window.location.search);
    const code = params.get('error');
    return code ? params.get('error_description') || code : null;
  });
  const [exchangeError, setExchangeError] = useState<string | null>(null);
  const error = status === 'loading' ? null : (providerError ?? exchangeError);

  useEffect(() => {
    if (status === 'loading' || providerError) return;
    let active = true;
    completeSignIn()
      .then((returnTo) => {
        if (active) navigate(returnTo, { replace: true });
      })
      .catch((err: unknown) => {
        if (active) setExchangeError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      active = false;
    };
  }, [completeSignIn, navigate, status, providerError]);

  if (error) {
    return (
      <div className="auth-card" data-testid="auth-callback-error">
        <h1>Sign-in did not complete</h1>
        <p className="muted">{error}</p>
        <Link className="btn btn-primary" to="/">
          Back to the start page
        </Link>
      </div>
    );
  }
  return <Spinner label="Signing you in…" fullPage />;
}
