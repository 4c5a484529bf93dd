import { Copy, ExternalLink, RefreshCw, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { Invitation, InvitationStatus } from '../api/types';
import { Button } from '../shared/Button';
import { formatDate, formatDateTime, formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/useToast';
import { copyText } from './clipboard';
import {
  INVITATION_STATUS_LABELS,
  RESEND_LIMIT,
  assessmentProgress,
  canCopyLink,
  canResend,
  linkRefusal,
  reportPath,
  resendRefusal,
} from './invitations';

export function InvitationStatusPill({ status }: { status: InvitationStatus }) {
  return (
    <span className={`status status-invite-${status}`} data-testid="invitation-status" data-status={status}>
      {INVITATION_STATUS_LABELS[status] ?? status}
    </span>
  );
}

/** The link shown for copying by hand when the browser refuses the clipboard. */
function LinkDialog({ link, onClose }: { link: string; onClose: () => void }) {
  return (
    <Modal
      open
      title="Copy the invitation link"
      onClose={onClose}
      testId="link-dialog"
      footer={
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      <p className="muted">The browser did not let us use the clipboard. The link is selected: press Ctrl+C (Cmd+C on a Mac).</p>
      <input
        className="input mono-input"
        readOnly
        value={link}
        aria-label="Invitation link"
        onFocus={(event) => event.target.select()}
        data-testid="link-dialog-input"
      />
    </Modal>
  );
}

type RowNotice = { kind: 'error' | 'info'; text: string };

function ResultLine({ invitation }: { invitation: Invitation }) {
  const report = reportPath(invitation);
  if (invitation.finalScore === null || invitation.finalScore === undefined) return null;
  return (
    <span className="invite-result" data-testid="invitation-result">
      <strong className="invite-score" data-testid="invitation-score">
        {formatScore(invitation.finalScore)}
      </strong>
      {invitation.proficiencyLevel && <LevelBadge level={invitation.proficiencyLevel} size="sm" testId="invitation-level" />}
      {report && (
        <Link to={report} className="report-link" data-testid="invitation-report">
          Report <ExternalLink size={13} aria-hidden="true" />
        </Link>
      )}
    </span>
  );
}

/** One invitation: who, which task, how far they got, and what the business can still do with it. */
export function InvitationRow({
  invitation,
  onChanged,
  onCancel,
}: {
  invitation: Invitation;
  onChanged: () => void;
  onCancel: (invitation: Invitation) => void;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState<'copy' | 'resend' | null>(null);
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const progress = assessmentProgress(invitation);
  const pending = invitation.status === 'sent';
  const resendCount = invitation.resendCount ?? 0;

  const copyLink = async () => {
    setBusy('copy');
    setNotice(null);
    try {
      const { accessLink } = await api.invitationLink(invitation.id);
      if (await copyText(accessLink)) toast.show({ kind: 'success', title: 'Link copied', detail: `The invitation link of ${invitation.recipientEmail}.` });
      else setManualLink(accessLink);
    } catch (err) {
      setNotice({ kind: 'error', text: linkRefusal(err) });
    } finally {
      setBusy(null);
    }
  };

  const resend = async () => {
    setBusy('resend');
    setNotice(null);
    try {
      const resent = await api.resendInvitation(invitation.id);
      toast.show({
        kind: 'success',
        title: 'Invitation sent again',
        detail: `To ${invitation.recipientEmail} (${resent.resendCount} of ${RESEND_LIMIT} resends used).`,
      });
      onChanged();
    } catch (err) {
      setNotice({ kind: 'error', text: resendRefusal(err) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <tr key={invitation.id} data-testid="invitation-row" data-invitation-id={invitation.id} data-status={invitation.status}>
      <td>
        <div className="strong">{invitation.recipientName || invitation.recipientEmail}</div>
        {invitation.recipientName && <div className="muted small">{invitation.recipientEmail}</div>}
      </td>
      <td>
        <div>{invitation.taskTitle}</div>
        {invitation.allowRetakes && (
          <div className="muted tiny" data-testid="invitation-retakes">
            Retake allowed
          </div>
        )}
      </td>
      <td>
        <InvitationStatusPill status={invitation.status} />
        <div className="muted tiny invite-dates">
          <span title={formatDateTime(invitation.lastSentAt ?? invitation.sentAt)}>
            {resendCount > 0 ? `Resent ${formatDate(invitation.lastSentAt)} (${resendCount}×)` : `Sent ${formatDate(invitation.sentAt)}`}
          </span>
          {pending && invitation.expiresAt && <span>Expires {formatDate(invitation.expiresAt)}</span>}
        </div>
      </td>
      <td>
        <span className={`assessment-progress assessment-progress-${progress.key}`} data-testid="assessment-status" data-status={progress.key}>
          {progress.label}
        </span>
        <ResultLine invitation={invitation} />
      </td>
      <td className="right">
        <div className="row-actions">
          {canCopyLink(invitation) && (
            <Button size="sm" variant="ghost" loading={busy === 'copy'} onClick={() => void copyLink()} icon={<Copy size={14} aria-hidden="true" />} data-testid="copy-invitation-link">
              Copy link
            </Button>
          )}
          {pending && (
            <Button
              size="sm"
              variant="ghost"
              loading={busy === 'resend'}
              disabled={!canResend(invitation)}
              title={canResend(invitation) ? 'Email the same link again' : `Sent again ${RESEND_LIMIT} times already: the limit is reached`}
              onClick={() => void resend()}
              icon={<RefreshCw size={14} aria-hidden="true" />}
              data-testid="resend-invitation"
            >
              Resend
            </Button>
          )}
          {pending && (
            <Button
              size="sm"
              variant="ghost"
              className="danger-text"
              onClick={() => onCancel(invitation)}
              icon={<X size={14} aria-hidden="true" />}
              data-testid="cancel-invitation"
            >
              Cancel
            </Button>
          )}
        </div>
        {pending && !canResend(invitation) && !notice && (
          <div className="row-notice muted" data-testid="resend-limit">
            Resend limit reached ({RESEND_LIMIT} of {RESEND_LIMIT}).
          </div>
        )}
        {notice && (
          <div className={`row-notice row-notice-${notice.kind}`} role="alert" data-testid="invitation-notice">
            {notice.text}
          </div>
        )}
        {manualLink && <LinkDialog link={manualLink} onClose={() => setManualLink(null)} />}
      </td>
    </tr>
  );
}
