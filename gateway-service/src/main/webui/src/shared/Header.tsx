import { Link, NavLink } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { NotificationBell } from '../notifications/NotificationBell';
import { Button } from './Button';

const USER_TYPE_LABELS: Record<string, string> = {
  individual: 'Individual',
  business: 'Business',
  admin: 'Admin',
};

export function Logo() {
  return (
    <Link to="/" className="logo" aria-label="Skills Lab home">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>
        Skills <strong>Lab</strong>
      </span>
    </Link>
  );
}

export function Header() {
  const { isAuthenticated, me, signIn, signOut, status } = useAuth();
  const showBusiness = me?.userType === 'business';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Logo />
        {isAuthenticated && (
          <nav className="site-nav" aria-label="Main">
            {showBusiness ? (
              <NavLink to="/business" data-testid="nav-business">
                Home
              </NavLink>
            ) : (
              <NavLink to="/dashboard" data-testid="nav-dashboard">
                Dashboard
              </NavLink>
            )}
            {me?.userType === 'admin' && (
              <NavLink to="/admin/audit" data-testid="nav-admin-audit">
                Audit
              </NavLink>
            )}
            <NavLink to="/account" data-testid="nav-account">
              Account
            </NavLink>
          </nav>
        )}
        <div className="site-header-actions">
          {isAuthenticated ? (
            <>
              <NotificationBell />
              <Link to="/account" className="user-chip" data-testid="user-menu" title="Your account">
                <span className="user-avatar" aria-hidden="true">
                  {(me?.name || me?.email || '?').charAt(0).toUpperCase()}
                </span>
                <span className="user-chip-text">
                  <span className="user-name" data-testid="user-name">
                    {me?.name || me?.email || 'Signed in'}
                  </span>
                  {me && (
                    <span className="user-type" data-testid="user-type">
                      {USER_TYPE_LABELS[me.userType] ?? me.userType}
                    </span>
                  )}
                </span>
              </Link>
              <Button variant="ghost" size="sm" onClick={() => void signOut()} data-testid="sign-out">
                Sign out
              </Button>
            </>
          ) : (
            <>
              <Link to="/sign-up" className="btn btn-ghost btn-sm" data-testid="sign-up-link">
                Create account
              </Link>
              <Button
                variant="primary"
                size="sm"
                disabled={status !== 'ready'}
                onClick={() => void signIn('/dashboard')}
                data-testid="header-sign-in"
              >
                Sign in
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
