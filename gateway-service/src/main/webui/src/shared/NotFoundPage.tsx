import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <div className="not-found" data-testid="not-found">
      <div className="not-found-code">404</div>
      <h1>Page not found</h1>
      <p className="muted">The page you are looking for does not exist or has moved.</p>
      <Link to="/" className="btn btn-primary">
        Go to the start page
      </Link>
    </div>
  );
}
