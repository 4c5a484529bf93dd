import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { EmptyState } from '../shared/EmptyState';

/** Business dashboard: custom tasks, invitations and candidate comparison (coming soon). */
export function BusinessPage() {
  const { me } = useAuth();
  const isBusiness = me?.userType === 'business' || me?.userType === 'admin';
  return (
    <div className="narrow" data-testid="business-page">
      <div className="page-heading">
        <div>
          <h1>{me?.company?.name ? `${me.company.name} — Business` : 'Business'}</h1>
          <p className="muted">Create custom tasks, invite candidates and compare their AI skills side by side.</p>
        </div>
      </div>
      <EmptyState icon="🏢" title="Coming soon">
        {isBusiness ? (
          <p>The business dashboard is on its way. Meanwhile you can try the tasks yourself from the dashboard.</p>
        ) : (
          <p>This area is for business accounts.</p>
        )}
        <Link to="/dashboard" className="btn btn-secondary">
          Go to the dashboard
        </Link>
      </EmptyState>
    </div>
  );
}
