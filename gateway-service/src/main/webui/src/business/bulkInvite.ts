import type { BulkInvitationInput, BulkInvitationResult } from '../api/types';
import type { FieldErrors } from '../shared/fieldErrors';
import { MAX_MESSAGE } from './inviteForm';

/** The server's limit of lines in one bulk invitation (`skillslab.invitations.bulk-limit`). */
export const MAX_BULK_LINES = 200;

export type BulkField = 'taskId' | 'addresses' | 'message' | 'expiresAt';

export const BULK_LABELS: Record<BulkField, string> = {
  taskId: 'Task',
  addresses: 'Addresses',
  message: 'Message',
  expiresAt: 'Expires',
};

export interface BulkValues {
  taskId: string;
  /** One person a line: `email`, or `name, email` (a CSV's first columns). */
  addresses: string;
  message: string;
  /** `YYYY-MM-DD`, or empty for the server's default. */
  expiresAt: string;
  allowRetakes: boolean;
  /** Each candidate may publish their result at a public address. */
  allowResultSharing?: boolean;
}

/** The lines the server will read: blank ones are skipped. */
export function bulkLines(addresses: string): string[] {
  return addresses.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export function validateBulk(values: BulkValues, now: Date = new Date()): FieldErrors<BulkField> {
  const errors: FieldErrors<BulkField> = {};
  if (!values.taskId) errors.taskId = 'Choose the task to invite to.';
  const lines = bulkLines(values.addresses).length;
  if (lines === 0) errors.addresses = 'Paste at least one address, one per line.';
  else if (lines > MAX_BULK_LINES) errors.addresses = `At most ${MAX_BULK_LINES} lines at once (this list has ${lines}).`;
  if (values.message.length > MAX_MESSAGE) errors.message = `At most ${MAX_MESSAGE} characters.`;
  if (values.expiresAt) {
    const end = new Date(`${values.expiresAt}T23:59:59`);
    if (Number.isNaN(end.getTime())) errors.expiresAt = 'Enter a date.';
    else if (end.getTime() <= now.getTime()) errors.expiresAt = 'Choose a date in the future.';
  }
  return errors;
}

export function bulkPayload(values: BulkValues, locale: string = navigator.language): BulkInvitationInput {
  const payload: BulkInvitationInput = { taskId: values.taskId, addresses: values.addresses, allowRetakes: values.allowRetakes };
  if (values.allowResultSharing) payload.allowResultSharing = true;
  if (locale) payload.locale = locale;
  if (values.message.trim()) payload.message = values.message.trim();
  if (values.expiresAt) payload.expiresAt = new Date(`${values.expiresAt}T23:59:59`).toISOString();
  return payload;
}

/** "3 invited, 1 not": the result's headline. */
export function bulkSummary(result: BulkInvitationResult): string {
  const created = result.created.length;
  const failed = result.failed.length;
  const invited = `${created} ${created === 1 ? 'person' : 'people'} invited`;
  return failed === 0 ? invited : `${invited}, ${failed} ${failed === 1 ? 'line' : 'lines'} not`;
}
