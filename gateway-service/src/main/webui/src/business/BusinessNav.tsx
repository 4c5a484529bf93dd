import { Link, NavLink } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';

/** Heading and tabs of the business area. */
export function BusinessHeader({ title, subtitle }: { title: string; subtitle: string }) {
  const { me } = useAuth();
  return (
    <div className="business-header">
      <div className="page-heading">
        <div>
          <span className="eyebrow business-eyebrow" data-testid="company-name">
            {me?.company?.name ?? 'Business'}
          </span>
          <h1>{title}</h1>
          <p className="muted">{subtitle}</p>
        </div>
        <Link to="/business/tasks/new" className="btn btn-primary" data-testid="new-task">
          + New task
        </Link>
      </div>
      <nav className="subnav" aria-label="Business">
        <NavLink to="/business" end data-testid="business-tab-tasks">
          My tasks
        </NavLink>
        <NavLink to="/business/invitations" data-testid="business-tab-invitations">
          Invitations
        </NavLink>
      </nav>
    </div>
  );
}
