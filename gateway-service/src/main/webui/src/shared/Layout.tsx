import { Outlet } from 'react-router-dom';
import { Header } from './Header';
import { SkipLink } from './SkipLink';

/** Page frame for everything but the workspace, which uses the full window. */
export function Layout() {
  return (
    <div className="app-shell">
      <SkipLink />
      <Header />
      <main className="page" id="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <span>Skills Lab — measuring how well you build software with AI.</span>
      </footer>
    </div>
  );
}
