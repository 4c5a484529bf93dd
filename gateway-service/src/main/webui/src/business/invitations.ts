import { toApiError } from '../api/client';
import type { AssessmentStatus, Invitation, InvitationStatus } from '../api/types';

/** assessment-service sends an invitation again at most this many times. */
export const RESEND_LIMIT = 5;

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  sent: 'Sent',
  accepted: 'Accepted',
  completed: 'Completed',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

/** What the business reads about the invited candidate's work. */
export const ASSESSMENT_PROGRESS_LABELS: Record<AssessmentStatus | 'abandoned', string> = {
  pending: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  scoring: 'Scoring',
  scored: 'Scored',
  failed: 'Scoring failed',
  abandoned: 'Abandoned',
};

/** The last segment of a problem type (`https://…/problems/resend-limit` → `resend-limit`). */
export function problemKind(error: { type: string }): string {
  return error.type.split('/').pop() ?? '';
}

/** "45 s", "10 min", "1 h 5 min": a wait as a person would say it, rounded up to what matters. */
export function formatWait(seconds: number): string {
  const total = Math.max(1, Math.ceil(seconds));
  if (total < 60) return `${total} s`;
  const minutes = Math.ceil(total / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function canResend(invitation: Pick<Invitation, 'status' | 'resendCount'>): boolean {
  return invitation.status === 'sent' && (invitation.resendCount ?? 0) < RESEND_LIMIT;
}

export function canCopyLink(invitation: Pick<Invitation, 'status' | 'linkAvailable'>): boolean {
  return invitation.status === 'sent' && invitation.linkAvailable !== false;
}

/** Why a resend was refused, in words that say what to do. */
export function resendRefusal(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.status === 429) {
    const wait = apiError.retryAfterSeconds;
    return wait === undefined
      ? 'It was sent again only recently. Try again in a few minutes.'
      : `It was sent again only recently. You can resend it in ${formatWait(wait)}.`;
  }
  if (apiError.status === 409 && problemKind(apiError) === 'resend-limit') {
    return `Resend limit reached: an invitation can be sent again at most ${RESEND_LIMIT} times. Copy its link and share it yourself.`;
  }
  return apiError.detail ? `${apiError.title}: ${apiError.detail}` : apiError.title;
}

/** Why the link could not be read. */
export function linkRefusal(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.status === 409 && problemKind(apiError) === 'link-unavailable') {
    return 'This invitation was sent before links were kept. Resend it to email a fresh link you can then copy.';
  }
  return apiError.detail ? `${apiError.title}: ${apiError.detail}` : apiError.title;
}

/** The candidate's report, once the invitation's assessment is scored. */
export function reportPath(invitation: Pick<Invitation, 'assessmentId' | 'assessmentStatus'>): string | null {
  if (!invitation.assessmentId || invitation.assessmentStatus !== 'scored') return null;
  return `/results/${encodeURIComponent(invitation.assessmentId)}`;
}

/** The assessment column: the assessment's status once there is one, else what the invitation waits for. */
export function assessmentProgress(invitation: Pick<Invitation, 'status' | 'assessmentStatus'>): { key: string; label: string } {
  const status = invitation.assessmentStatus;
  if (status) return { key: status, label: ASSESSMENT_PROGRESS_LABELS[status] ?? status };
  if (invitation.status === 'sent') return { key: 'waiting', label: 'Not accepted yet' };
  if (invitation.status === 'accepted') return { key: 'pending', label: ASSESSMENT_PROGRESS_LABELS.pending };
  return { key: 'none', label: '—' };
}

export interface InvitationCounts {
  total: number;
  waiting: number;
  inProgress: number;
  scored: number;
}

/** Counts for the business home: not accepted yet, being worked on, scored. */
export function countInvitations(invitations: Pick<Invitation, 'status' | 'assessmentStatus'>[]): InvitationCounts {
  const counts: InvitationCounts = { total: invitations.length, waiting: 0, inProgress: 0, scored: 0 };
  for (const invitation of invitations) {
    const status = invitation.assessmentStatus;
    if (status === 'scored') counts.scored++;
    else if (status === 'pending' || status === 'in_progress' || status === 'submitted' || status === 'scoring') counts.inProgress++;
    else if (!status && invitation.status === 'sent') counts.waiting++;
    else if (!status && invitation.status === 'accepted') counts.inProgress++;
  }
  return counts;
}
