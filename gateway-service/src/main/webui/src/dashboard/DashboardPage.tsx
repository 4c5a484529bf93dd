import { Navigate } from 'react-router-dom';
import { api } from '../api/client';
import { useAuth } from '../auth/useAuth';
import { useApiQuery } from '../shared/useApiQuery';
import { listParams, tasksOf } from './assessmentFilters';
import { greeting } from './greeting';
import { MyAssessments } from './MyAssessments';
import { ProgressChart } from './ProgressChart';
import { TaskCatalogue } from './TaskCatalogue';
import { useAssessmentFilters } from './useAssessmentFilters';
import './dashboard.css';

export function DashboardPage() {
  const { me } = useAuth();
  const { filters, setFilter, setPage } = useAssessmentFilters();
  const params = listParams(filters);
  const assessments = useApiQuery(['assessments', params], (signal) => api.listAssessments(params, signal));
  // The tasks of the latest attempts, for the task filter; and whether the caller has taken any assessment at all.
  const recent = useApiQuery(['assessments', { limit: 100 }], (signal) => api.listAssessments({ limit: 100 }, signal));
  const progress = useApiQuery(['assessments', 'progress'], (signal) => api.assessmentProgress(signal));
  // A business hires with Skills Lab: its home is the business dashboard.
  if (me?.userType === 'business') return <Navigate to="/business" replace />;
  const firstName = me?.firstName?.trim() || me?.name?.split(' ')[0];
  const returning = (recent.data?.total ?? 0) > 0;
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="page-heading">
        <div>
          <h1 data-testid="dashboard-greeting">{recent.loading && !recent.data ? '\u00a0' : greeting(firstName, returning)}</h1>
          <p className="muted">
            {returning
              ? 'Pick up where you left off, or pick a task for a new timed assessment.'
              : 'Pick a task below to take your first timed assessment. Practice tasks are unlimited.'}
          </p>
        </div>
      </div>
      <ProgressChart state={progress} />
      <MyAssessments
        state={assessments}
        filters={filters}
        tasks={tasksOf(recent.data?.assessments ?? [])}
        onFilter={setFilter}
        onPage={setPage}
      />
      <TaskCatalogue />
    </div>
  );
}
