import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';

/** Renders its children for an admin (inside RequireAuth); anyone else sees a 403 page. The API checks it too. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { me, meError, reloadMe } = useAuth();
  if (meError) return <ErrorState error={meError} title="Your profile could not be loaded" onRetry={reloadMe} />;
  if (!me) return <Spinner label="Loading your account…" />;
  if (me.userType !== 'admin') {
    return (
      <div className="not-found forbidden" data-testid="admin-forbidden">
        <div className="not-found-code">403</div>
        <h1>This area is for administrators</h1>
        <p className="muted">You are signed in as {me.email}, an {me.userType} account.</p>
        <div className="forbidden-actions">
          <Link to="/dashboard" className="btn btn-primary">
            Go to your dashboard
          </Link>
        </div>
      </div>
    );
  }
  return <>{children}</>;
}
