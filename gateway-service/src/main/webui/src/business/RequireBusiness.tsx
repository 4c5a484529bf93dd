import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';

/** The friendly 403 of the business area. */
export function BusinessOnlyPage() {
  const { me } = useAuth();
  return (
    <div className="not-found forbidden" data-testid="business-forbidden">
      <div className="not-found-code">403</div>
      <h1>This area is for business accounts</h1>
      <p className="muted">
        {me ? (
          <>
            You are signed in as <strong>{me.email}</strong>, an {me.userType} account. Business accounts create their own
            tasks, invite candidates and compare their results.
          </>
        ) : (
          'Business accounts create their own tasks, invite candidates and compare their results.'
        )}
      </p>
      <div className="forbidden-actions">
        <Link to="/dashboard" className="btn btn-primary">
          Go to your dashboard
        </Link>
        <Link to="/sign-up?type=business" className="btn btn-secondary">
          Create a business account
        </Link>
      </div>
    </div>
  );
}

/** Renders its children for a business account (inside RequireAuth); anyone else sees the 403 page. */
export function RequireBusiness({ children }: { children: ReactNode }) {
  const { me, meError, reloadMe } = useAuth();
  if (meError) return <ErrorState error={meError} title="Your profile could not be loaded" onRetry={reloadMe} />;
  if (!me) return <Spinner label="Loading your account…" />;
  if (me.userType !== 'business') return <BusinessOnlyPage />;
  return <>{children}</>;
}
