import type { NoticeKind, WebhookDelivery, WebhookInput } from '../api/types';
import type { FieldErrors } from '../shared/fieldErrors';

export const WEBHOOK_EVENTS: { kind: NoticeKind; label: string; detail: string }[] = [
  { kind: 'candidate.scored', label: 'Candidate scored', detail: 'score, level, category scores and the report link' },
  { kind: 'candidate.submitted', label: 'Candidate submitted', detail: 'attempt, start and submission times, time spent' },
  { kind: 'invitation.accepted', label: 'Invitation accepted', detail: 'who accepted which task, and when' },
];

export type WebhookField = 'url' | 'events' | 'secret';

export const WEBHOOK_LABELS: Record<WebhookField, string> = {
  url: 'Endpoint URL',
  events: 'Events',
  secret: 'Signing secret',
};

export interface WebhookFormValues {
  url: string;
  events: NoticeKind[];
  /** 'generate': the service makes one; 'own': the business gives its own. */
  secretMode: 'generate' | 'own';
  secret: string;
}

export const EMPTY_WEBHOOK_FORM: WebhookFormValues = {
  url: '',
  events: ['candidate.scored'],
  secretMode: 'generate',
  secret: '',
};

/** What the browser can check before sending; the service checks the rest (public https address...). */
export function validateWebhook(values: WebhookFormValues): FieldErrors<WebhookField> {
  const errors: FieldErrors<WebhookField> = {};
  const url = values.url.trim();
  if (!url) errors.url = 'Endpoint URL is required.';
  else if (!/^https?:\/\/[^\s/]+/i.test(url)) errors.url = 'Endpoint URL must be an http(s) address, e.g. https://ats.example.com/hooks/skills-lab.';
  else if (url.length > 2048) errors.url = 'Endpoint URL may be at most 2,048 characters.';
  if (values.events.length === 0) errors.events = 'Choose at least one event.';
  if (values.secretMode === 'own') {
    const secret = values.secret;
    if (secret.length < 16 || secret.length > 200) errors.secret = 'Signing secret must be 16 to 200 characters.';
    else if (!/^[\x21-\x7e]+$/.test(secret)) errors.secret = 'Signing secret may hold visible ASCII characters only (no spaces).';
  }
  return errors;
}

export function webhookInput(values: WebhookFormValues): WebhookInput {
  const input: WebhookInput = { url: values.url.trim(), events: [...values.events] };
  if (values.secretMode === 'own') input.secret = values.secret;
  return input;
}

/** `events[0]` and the like name the events field. */
export function webhookFieldOf(serverField: string): WebhookField | null {
  const root = serverField.split(/[.[]/)[0];
  return root === 'url' || root === 'events' || root === 'secret' ? root : null;
}

/** One line on what happened to a delivery. */
export function deliveryOutcome(delivery: Pick<WebhookDelivery, 'status' | 'lastStatusCode' | 'attempts' | 'attemptLog'>): string {
  const last = delivery.attemptLog.at(-1);
  const code = delivery.lastStatusCode ?? last?.statusCode ?? null;
  const attempts = `${delivery.attempts} ${delivery.attempts === 1 ? 'attempt' : 'attempts'}`;
  if (delivery.status === 'delivered') return `Delivered${code ? ` (HTTP ${code})` : ''} after ${attempts}`;
  const why = code ? `HTTP ${code}` : last?.error || 'no answer';
  if (delivery.status === 'failed') return `Failed after ${attempts}: ${why}`;
  return delivery.attempts === 0 ? 'Waiting for its first attempt' : `Retrying (${attempts} so far: ${why})`;
}
