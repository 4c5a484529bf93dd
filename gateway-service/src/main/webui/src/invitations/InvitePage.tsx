import { Timer } from 'lucide-react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { formatDateTime } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { DifficultyPill, TaskTypePill } from '../tasks/TaskCard';
import { acceptedDestination } from './acceptedDestination';
import './invitations.css';

const CLOSED_MESSAGES: Record<string, { title: string; text: string }> = {
  accepted: { title: 'You accepted this invitation', text: 'Your assessment is waiting for you.' },
  completed: { title: 'This assessment is complete', text: 'You have finished the task of this invitation. Your results are on your dashboard.' },
  expired: { title: 'This invitation has expired', text: 'Ask the company that invited you for a new invitation.' },
  cancelled: { title: 'This invitation was cancelled', text: 'The company withdrew it. Contact them if you think this is a mistake.' },
};

/** `/invite/:token`: the invitation as anyone with the link sees it, and "Accept and start" for its recipient. */
export function InvitePage() {
  const { token = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const { status: authStatus, isAuthenticated, me, signIn, signOut } = useAuth();
  const { data: invitation, error, loading, reload } = useApiQuery(['invitation-access', token], (signal) =>
    api.invitationAccess(token, signal),
  );
  const [accepting, setAccepting] = useState(false);
  const [acceptError, setAcceptError] = useState<ApiError | null>(null);
  const autoAccepted = useRef(false);

  const returnHere = `/invite/${encodeURIComponent(token)}`;

  const accept = async () => {
    setAcceptError(null);
    if (!isAuthenticated) {
      setAccepting(true);
      // Come back here after signing in and carry on accepting.
      signIn(`${returnHere}?accept=1`).catch((err: unknown) => {
        setAccepting(false);
        setAcceptError(toApiError(err));
      });
      return;
    }
    setAccepting(true);
    try {
      const accepted = await api.acceptInvitation(token);
      navigate(acceptedDestination(accepted.redirectUrl, accepted.assessmentId));
    } catch (err) {
      setAcceptError(toApiError(err));
      setAccepting(false);
    }
  };

  // Back from signing in with ?accept=1: the user already asked to accept.
  const acceptOnReturn = useEffectEvent(() => void accept());
  useEffect(() => {
    if (autoAccepted.current || searchParams.get('accept') !== '1') return;
    if (authStatus !== 'ready' || !isAuthenticated || !invitation) return;
    autoAccepted.current = true;
    setSearchParams({}, { replace: true });
    // The accepting state answers the click made before signing in, which only now can be carried out.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (invitation.status === 'sent' || invitation.status === 'accepted') acceptOnReturn();
  }, [authStatus, isAuthenticated, invitation, searchParams, setSearchParams]);

  if (loading && !invitation) return <Spinner label="Opening your invitation…" />;
  if (error) {
    return (
      <div className="invite-page narrow" data-testid="invite-page" data-state="error">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'This invitation link is not valid' : 'The invitation could not be loaded'}
          onRetry={error.status === 404 ? undefined : reload}
        />
        <p className="muted">Check that you opened the whole link from the email, or ask the company for a new invitation.</p>
        <Link to="/">Go to the start page</Link>
      </div>
    );
  }
  if (!invitation) return null;

  const closed = invitation.status !== 'sent' ? CLOSED_MESSAGES[invitation.status] : null;
  const wrongAccount = acceptError?.status === 403;

  return (
    <div className="invite-page" data-testid="invite-page" data-state={invitation.status}>
      <div className="invite-card card">
        <span className="eyebrow">Assessment invitation</span>
        <h1 data-testid="invite-heading">
          {invitation.companyName ? `${invitation.companyName} invites you` : 'You are invited'} to take{' '}
          <span className="gradient-text" data-testid="invite-task-title">
            {invitation.taskTitle}
          </span>
        </h1>
        <div className="task-card-top">
          <TaskTypePill taskType={invitation.taskType} />
          <DifficultyPill difficulty={invitation.difficulty} />
          <span className="pill">
            <Timer size={14} aria-hidden="true" /> {invitation.timeLimitMinutes} min
          </span>
        </div>
        {invitation.message && (
          // The business's own words, shown as plain text (never Markdown or HTML, and an address in it is no link),
          // labelled as theirs so that it cannot pass for what Skills Lab says.
          <figure className="invite-message-quote">
            <figcaption className="invite-message-label" data-testid="invite-message-label">
              Message from {[invitation.senderName, invitation.companyName].filter(Boolean).join(', ') || 'the sender'}
              <span className="muted"> · their words, not Skills Lab’s</span>
            </figcaption>
            <blockquote className="invite-message" data-testid="invite-message">
              {invitation.message}
            </blockquote>
          </figure>
        )}
        {!invitation.message && invitation.senderName && (
          <p className="muted">Sent by {invitation.senderName}.</p>
        )}
        <ul className="invite-facts">
          <li>
            A timed task in a browser workspace with an editor, a terminal and AI assistants. The clock starts when you start
            the assessment.
          </li>
          <li>Skills Lab scores how you work with AI: planning, prompting, using tools and the quality of the result.</li>
          {invitation.expiresAt && <li>Accept by {formatDateTime(invitation.expiresAt)}.</li>}
        </ul>

        {closed ? (
          <div className="notice notice-info" data-testid="invite-closed">
            <strong>{closed.title}.</strong> {closed.text}
            {isAuthenticated && invitation.status !== 'accepted' && (
              <>
                {' '}
                <Link to="/dashboard">Go to your dashboard</Link>
              </>
            )}
            {invitation.status === 'accepted' && (
              <div className="invite-actions">
                <Button variant="primary" loading={accepting} onClick={() => void accept()} data-testid="continue-invitation">
                  Continue to your assessment
                </Button>
              </div>
            )}
          </div>
        ) : (
          <div className="invite-actions">
            <Button
              variant="primary"
              size="lg"
              loading={accepting}
              disabled={authStatus === 'loading'}
              onClick={() => void accept()}
              data-testid="accept-invitation"
            >
              Accept and start
            </Button>
            {isAuthenticated && me ? (
              <span className="muted small" data-testid="invite-signed-in-as">
                Signed in as <strong>{me.email}</strong>
              </span>
            ) : (
              <span className="muted small">
                You will sign in first. New here?{' '}
                <Link to={`/sign-up?returnTo=${encodeURIComponent(returnHere)}`} data-testid="invite-sign-up">
                  Create an account
                </Link>{' '}
                with the address the invitation was sent to.
              </span>
            )}
          </div>
        )}

        {wrongAccount && (
          <div className="notice notice-danger invite-wrong-account" role="alert" data-testid="invite-wrong-account">
            <strong>This invitation was sent to another address.</strong> You are signed in as{' '}
            <strong>{me?.email ?? 'another account'}</strong>; only the invited address can accept it.
            {acceptError?.detail && !/another/i.test(acceptError.detail) && <span className="small"> ({acceptError.detail})</span>}
            <div className="invite-wrong-actions">
              <Button size="sm" onClick={() => void signOut(returnHere)} data-testid="invite-switch-account">
                Sign out and use the invited address
              </Button>
            </div>
          </div>
        )}
        {acceptError && !wrongAccount && (
          <ErrorState
            compact
            error={acceptError}
            title={acceptError.status === 409 || acceptError.status === 410 ? 'The invitation can no longer be accepted' : 'The invitation could not be accepted'}
          />
        )}
      </div>
    </div>
  );
}
