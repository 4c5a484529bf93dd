import type { ApiError } from '../api/client';
import { Button } from './Button';

/** Shows an API problem to the user: its title, its detail and any field errors. */
export function ErrorState({
  error,
  title,
  onRetry,
  compact = false,
}: {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
  compact?: boolean;
}) {
  return (
    <div className={compact ? 'error-state error-state-compact' : 'error-state'} role="alert" data-testid="error-state">
      <div className="error-state-icon" aria-hidden="true">
        !
      </div>
      <div className="error-state-body">
        <strong className="error-state-title">{title ?? error.title}</strong>
        {title && error.title !== title && <span className="error-state-subtitle">{error.title}</span>}
        {error.detail && <p className="error-state-detail">{error.detail}</p>}
        {error.errors && error.errors.length > 0 && (
          <ul className="error-state-fields">
            {error.errors.map((fieldError, index) => (
              <li key={`${fieldError.field}-${index}`}>
                {fieldError.field && <code>{fieldError.field}</code>} {fieldError.message}
              </li>
            ))}
          </ul>
        )}
        {error.status > 0 && <span className="error-state-status">HTTP {error.status}</span>}
        {onRetry && (
          <Button size="sm" onClick={onRetry} data-testid="retry">
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}
