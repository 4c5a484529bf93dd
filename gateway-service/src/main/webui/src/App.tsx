import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { CallbackPage } from './auth/CallbackPage';
import { RequireAuth } from './auth/RequireAuth';
import { SignUpPage } from './auth/SignUpPage';
import { BusinessPage } from './business/BusinessPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { LandingPage } from './landing/LandingPage';
import { Layout } from './shared/Layout';
import { NotFoundPage } from './shared/NotFoundPage';
import { Spinner } from './shared/Spinner';
import { ToastProvider } from './shared/Toast';
import { TaskDetailPage } from './tasks/TaskDetailPage';
import { WorkspacePage } from './workspace/WorkspacePage';

// The report page brings the chart library: it loads on first use.
const ResultsPage = lazy(() => import('./results/ResultsPage').then((module) => ({ default: module.ResultsPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<LandingPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
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
          path="business"
          element={
            <RequireAuth>
              <BusinessPage />
            </RequireAuth>
          }
        />
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
  return (
    <BrowserRouter>
      <ToastProvider>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </ToastProvider>
    </BrowserRouter>
  );
}
