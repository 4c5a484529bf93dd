import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';

export function NewTaskLink({ label = 'New task' }: { label?: string }) {
  return (
    <Link to="/business/tasks/new" className="btn btn-primary" data-testid="new-task">
      <Plus size={16} aria-hidden="true" />
      {label}
    </Link>
  );
}

/** Heading and tabs of the business area; `actions` replaces the default "New task". */
export function BusinessHeader({ title, subtitle, actions }: { title: string; subtitle: string; actions?: ReactNode }) {
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
        <div className="business-header-actions">{actions ?? <NewTaskLink />}</div>
      </div>
      <nav className="subnav" aria-label="Business">
        <NavLink to="/business" end data-testid="business-tab-home">
          Overview
        </NavLink>
        <NavLink to="/business/tasks" end data-testid="business-tab-tasks">
          Tasks
        </NavLink>
        <NavLink to="/business/invitations" data-testid="business-tab-invitations">
          Invitations
        </NavLink>
        <NavLink to="/business/candidates" data-testid="business-tab-candidates">
          Candidates
        </NavLink>
        <NavLink to="/business/analytics" data-testid="business-tab-analytics">
          Analytics
        </NavLink>
        <NavLink to="/business/integrations" data-testid="business-tab-integrations">
          Integrations
        </NavLink>
      </nav>
    </div>
  );
}
