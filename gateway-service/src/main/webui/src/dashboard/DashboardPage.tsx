import { Navigate } from 'react-router-dom';
import { api } from '../api/client';
import { useAuth } from '../auth/useAuth';
import { useApiQuery } from '../shared/useApiQuery';
import { greeting } from './greeting';
import { MyAssessments } from './MyAssessments';
import { TaskCatalogue } from './TaskCatalogue';
import './dashboard.css';

export function DashboardPage() {
  const { me } = useAuth();
  const assessments = useApiQuery(['assessments', { limit: 20 }], (signal) => api.listAssessments({ limit: 20 }, signal));
  // A business hires with Skills Lab: its home is the business dashboard.
  if (me?.userType === 'business') return <Navigate to="/business" replace />;
  const firstName = me?.firstName?.trim() || me?.name?.split(' ')[0];
  const returning = (assessments.data?.total ?? 0) > 0;
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="page-heading">
        <div>
          <h1 data-testid="dashboard-greeting">{assessments.loading ? '\u00a0' : greeting(firstName, returning)}</h1>
          <p className="muted">
            {returning
              ? 'Pick up where you left off, or pick a task for a new timed assessment.'
              : 'Pick a task below to take your first timed assessment. Practice tasks are unlimited.'}
          </p>
        </div>
      </div>
      <MyAssessments state={assessments} />
      <TaskCatalogue />
    </div>
  );
}
