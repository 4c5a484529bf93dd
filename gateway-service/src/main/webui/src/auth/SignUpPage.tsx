import { Link } from 'react-router-dom';
import { useAuth } from './AuthContext';
import './auth.css';

/** Account creation (individual or business); the full form is coming. */
export function SignUpPage() {
  const { signIn, status } = useAuth();
  return (
    <div className="auth-card" data-testid="sign-up-page">
      <h1>Join Skills Lab</h1>
      <p className="muted">
        Self-service sign-up for individual and business accounts is coming soon. Individuals will practise with the
        default tasks and share their results; businesses will create their own tasks and invite candidates.
      </p>
      <div className="auth-options">
        <div className="auth-option">
          <h2>Individual</h2>
          <ul>
            <li>✓ Access to the default assessment tasks</li>
            <li>✓ Platform-provided AI models</li>
            <li>✓ A detailed score report</li>
          </ul>
        </div>
        <div className="auth-option">
          <h2>Business</h2>
          <ul>
            <li>✓ Custom assessment tasks</li>
            <li>✓ Invite and track candidates</li>
            <li>✓ Compare candidates side by side</li>
          </ul>
        </div>
      </div>
      <p>
        Already have an account?{' '}
        <button
          type="button"
          className="link-button"
          disabled={status !== 'ready'}
          onClick={() => void signIn('/dashboard')}
        >
          Sign in
        </button>{' '}
        or <Link to="/">go back</Link>.
      </p>
    </div>
  );
}
