import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './auth/AuthContext';
import { CallbackPage } from './auth/CallbackPage';
import { RequireAuth } from './auth/RequireAuth';
import { AccountPage } from './account/AccountPage';
import { AuditPage } from './admin/AuditPage';
import { RequireAdmin } from './admin/RequireAdmin';
import { SignInPage } from './auth/SignInPage';
import { SignUpPage } from './auth/SignUpPage';
import { BusinessHomePage } from './business/BusinessHomePage';
import { CandidatesPage } from './business/CandidatesPage';
import { IntegrationsPage } from './business/IntegrationsPage';
import { InvitationsPage } from './business/InvitationsPage';
import { MyTasksPage } from './business/MyTasksPage';
import { RequireBusiness } from './business/RequireBusiness';
import { TaskWizardPage } from './business/TaskWizardPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { InvitePage } from './invitations/InvitePage';
import { LandingPage } from './landing/LandingPage';
import { Layout } from './shared/Layout';
import { NotFoundPage } from './shared/NotFoundPage';
import { Spinner } from './shared/Spinner';
import { ToastProvider } from './shared/Toast';
import { TaskDetailPage } from './tasks/TaskDetailPage';
import { WorkspacePage } from './workspace/WorkspacePage';

// The report page brings the chart library: it loads on first use.
const ResultsPage = lazy(() => import('./results/ResultsPage').then((module) => ({ default: module.ResultsPage })));
const ComparePage = lazy(() => import('./business/ComparePage').then((module) => ({ default: module.ComparePage })));
const BusinessReportPage = lazy(() =>
  import('./business/report/BusinessReportPage').then((module) => ({ default: module.BusinessReportPage })),
);
const AnalyticsPage = lazy(() => import('./business/AnalyticsPage').then((module) => ({ default: module.AnalyticsPage })));

function BusinessRoute({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <RequireBusiness>{children}</RequireBusiness>
    </RequireAuth>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invite/:token" element={<InvitePage />} />
        <Route path="auth/callback" element={<CallbackPage />} />
        <Route
          path="dashboard"
          element={
            <RequireAuth>
              <DashboardPage />
            </RequireAuth>
          }
        />
        <Route
          path="tasks/:id"
          element={
            <RequireAuth>
              <TaskDetailPage />
            </RequireAuth>
          }
        />
        <Route
          path="results/:id"
          element={
            <RequireAuth>
              <Suspense fallback={<Spinner label="Loading your results…" />}>
                <ResultsPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="account"
          element={
            <RequireAuth>
              <AccountPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/audit"
          element={
            <RequireAuth>
              <RequireAdmin>
                <AuditPage />
              </RequireAdmin>
            </RequireAuth>
          }
        />
        <Route path="business" element={<BusinessRoute><BusinessHomePage /></BusinessRoute>} />
        <Route path="business/tasks" element={<BusinessRoute><MyTasksPage /></BusinessRoute>} />
        <Route path="business/invitations" element={<BusinessRoute><InvitationsPage /></BusinessRoute>} />
        <Route path="business/candidates" element={<BusinessRoute><CandidatesPage /></BusinessRoute>} />
        <Route
          path="business/compare"
          element={
            <BusinessRoute>
              <Suspense fallback={<Spinner label="Loading the comparison…" />}>
                <ComparePage />
              </Suspense>
            </BusinessRoute>
          }
        />
        <Route
          path="business/analytics"
          element={
            <BusinessRoute>
              <Suspense fallback={<Spinner label="Loading analytics…" />}>
                <AnalyticsPage />
              </Suspense>
            </BusinessRoute>
          }
        />
        <Route path="business/integrations" element={<BusinessRoute><IntegrationsPage /></BusinessRoute>} />
        {/* The business's evidence report of a candidate's attempt, with the session replay. */}
        <Route
          path="business/reports/:id"
          element={
            <BusinessRoute>
              <Suspense fallback={<Spinner label="Loading the report…" />}>
                <BusinessReportPage />
              </Suspense>
            </BusinessRoute>
          }
        />
        <Route path="business/tasks/new" element={<BusinessRoute><TaskWizardPage /></BusinessRoute>} />
        <Route path="business/tasks/:id/edit" element={<BusinessRoute><TaskWizardPage /></BusinessRoute>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path="workspace/:id"
        element={
          <RequireAuth>
            <WorkspacePage />
          </RequireAuth>
        }
      />
    </Routes>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <ToastProvider>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </ToastProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
