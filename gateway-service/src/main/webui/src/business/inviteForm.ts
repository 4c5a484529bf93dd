import type { InvitationInput } from '../api/types';
import { EMAIL_PATTERN, type FieldErrors } from '../shared/fieldErrors';

export type InviteField = 'taskId' | 'recipientEmail' | 'recipientName' | 'message' | 'expiresAt';

export const LABELS: Record<InviteField, string> = {
  taskId: 'Task',
  recipientEmail: 'Candidate email',
  recipientName: 'Candidate name',
  message: 'Message',
  expiresAt: 'Expires',
};

export const MAX_MESSAGE = 2000;

export interface InviteValues {
  taskId: string;
  recipientEmail: string;
  recipientName: string;
  message: string;
  /** `YYYY-MM-DD`; the invitation runs until the end of that day in the browser's zone. Empty: the server's default. */
  expiresAt: string;
  /** The candidate may abandon an unstarted attempt and start again from the invitation. */
  allowRetakes: boolean;
  /** The candidate may publish the result at a public address (off unless the business ticks it). */
  allowResultSharing?: boolean;
}

/** A date `offsetDays` from today in the browser's zone, as a date input holds it. */
export function today(offsetDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function validateInvite(values: InviteValues, now: Date = new Date()): FieldErrors<InviteField> {
  const errors: FieldErrors<InviteField> = {};
  if (!values.taskId) errors.taskId = 'Choose the task to invite to.';
  const email = values.recipientEmail.trim();
  if (!email) errors.recipientEmail = 'Enter the candidate’s email address.';
  else if (!EMAIL_PATTERN.test(email)) errors.recipientEmail = 'Enter a valid email address.';
  if (values.recipientName.trim().length > 255) errors.recipientName = 'At most 255 characters.';
  if (values.message.length > MAX_MESSAGE) errors.message = `At most ${MAX_MESSAGE} characters.`;
  if (values.expiresAt) {
    const end = new Date(`${values.expiresAt}T23:59:59`);
    if (Number.isNaN(end.getTime())) errors.expiresAt = 'Enter a date.';
    else if (end.getTime() <= now.getTime()) errors.expiresAt = 'Choose a date in the future.';
  }
  return errors;
}

/** The request body: optional fields only when given; the locale makes the email's dates readable to its reader. */
export function invitePayload(values: InviteValues, locale: string = navigator.language): InvitationInput {
  const payload: InvitationInput = {
    taskId: values.taskId,
    recipientEmail: values.recipientEmail.trim(),
    allowRetakes: values.allowRetakes,
  };
  if (values.allowResultSharing) payload.allowResultSharing = true;
  if (locale) payload.locale = locale;
  if (values.recipientName.trim()) payload.recipientName = values.recipientName.trim();
  if (values.message.trim()) payload.message = values.message.trim();
  if (values.expiresAt) payload.expiresAt = new Date(`${values.expiresAt}T23:59:59`).toISOString();
  return payload;
}

/**
 * The invite form. With `task` it invites to that task; without, it offers the business's tasks to choose from.
 * After sending it shows the access link, which the business may also share itself.
 */
