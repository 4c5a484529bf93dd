import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from './AuthContext';
import { Spinner } from '../shared/Spinner';
import './auth.css';

/** The identity provider sends the browser back here with an authorization code. */
export function CallbackPage() {
  const { completeSignIn, status } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (status === 'loading') return;
    let active = true;
    const params = new URLSearchParams(window.location.search);
    const providerError = params.get('error');
    if (providerError) {
      setError(params.get('error_description') || providerError);
      return;
    }
    completeSignIn()
      .then((returnTo) => {
        if (active) navigate(returnTo, { replace: true });
      })
      .catch((err: unknown) => {
        if (active) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      active = false;
    };
  }, [completeSignIn, navigate, status]);

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
