import { useAuth } from '../auth/AuthContext';
import { MyAssessments } from './MyAssessments';
import { TaskCatalogue } from './TaskCatalogue';
import './dashboard.css';

export function DashboardPage() {
  const { me } = useAuth();
  const firstName = me?.name?.split(' ')[0];
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="page-heading">
        <div>
          <h1>{firstName ? `Welcome back, ${firstName}` : 'Dashboard'}</h1>
          <p className="muted">Pick a task to start a timed assessment, or pick up where you left off.</p>
        </div>
      </div>
      <MyAssessments />
      <TaskCatalogue />
    </div>
  );
}
