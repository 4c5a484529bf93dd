import { useState, type FormEvent } from 'react';
import { api, toApiError } from '../api/client';
import type { CreatedWebhook, NoticeKind } from '../api/types';
import { Button } from '../shared/Button';
import { FormField } from '../shared/FormField';
import { hasErrors, splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';
import {
  EMPTY_WEBHOOK_FORM,
  WEBHOOK_EVENTS,
  WEBHOOK_LABELS,
  validateWebhook,
  webhookFieldOf,
  webhookInput,
  type WebhookField,
  type WebhookFormValues,
} from './webhooks';

/** Adds a webhook; the service's refusals show on the fields they name. */
export function WebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhook) => void }) {
  const [values, setValues] = useState<WebhookFormValues>(EMPTY_WEBHOOK_FORM);
  const [errors, setErrors] = useState<FieldErrors<WebhookField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof WebhookFormValues>(key: K, value: WebhookFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    const field = key === 'secretMode' ? 'secret' : key;
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const toggleEvent = (kind: NoticeKind, on: boolean) =>
    set('events', on ? [...values.events, kind] : values.events.filter((e) => e !== kind));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateWebhook(values);
    setErrors(found);
    setGeneral([]);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      const created = await api.createWebhook(webhookInput(values));
      setValues(EMPTY_WEBHOOK_FORM);
      onCreated(created);
    } catch (err) {
      const split = splitFieldErrors(toApiError(err), WEBHOOK_LABELS, webhookFieldOf);
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card webhook-form" onSubmit={(e) => void submit(e)} noValidate data-testid="webhook-form" aria-labelledby="webhook-form-title">
      <h2 id="webhook-form-title" className="card-title">
        Add a webhook
      </h2>
      <p className="muted small">
        Skills Lab POSTs a signed JSON body to your endpoint when something happens (header <code>Skills-Lab-Signature</code>, HMAC-SHA256 of
        the body with your secret). A failed delivery is retried for a few hours.
      </p>
      <FormField id="webhook-url" label={WEBHOOK_LABELS.url} error={errors.url} hint="https on a public address">
        <input
          id="webhook-url"
          type="url"
          value={values.url}
          placeholder="https://ats.example.com/hooks/skills-lab"
          onChange={(e) => set('url', e.target.value)}
          aria-invalid={errors.url ? true : undefined}
          data-testid="webhook-url"
        />
      </FormField>
      <fieldset className={errors.events ? 'webhook-events has-error' : 'webhook-events'}>
        <legend>{WEBHOOK_LABELS.events}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event.kind} className="checkbox-row">
            <input
              type="checkbox"
              checked={values.events.includes(event.kind)}
              onChange={(e) => toggleEvent(event.kind, e.target.checked)}
              data-testid={`webhook-event-${event.kind}`}
            />
            <span>
              <code>{event.kind}</code> {event.label}
              <small>{event.detail}</small>
            </span>
          </label>
        ))}
        {errors.events && (
          <span className="field-error" role="alert" data-testid="webhook-events-error">
            {errors.events}
          </span>
        )}
      </fieldset>
      <fieldset className="webhook-secret">
        <legend>{WEBHOOK_LABELS.secret}</legend>
        <label className="checkbox-row">
          <input type="radio" name="secret-mode" checked={values.secretMode === 'generate'} onChange={() => set('secretMode', 'generate')} data-testid="webhook-secret-generate" />
          <span>Generate one for me (shown once, after saving)</span>
        </label>
        <label className="checkbox-row">
          <input type="radio" name="secret-mode" checked={values.secretMode === 'own'} onChange={() => set('secretMode', 'own')} data-testid="webhook-secret-own" />
          <span>Use my own</span>
        </label>
        {values.secretMode === 'own' && (
          <FormField id="webhook-secret" label="Your secret" error={errors.secret} hint="16 to 200 visible characters">
            <input
              id="webhook-secret"
              type="password"
              autoComplete="off"
              value={values.secret}
              onChange={(e) => set('secret', e.target.value)}
              aria-invalid={errors.secret ? true : undefined}
              data-testid="webhook-secret"
            />
          </FormField>
        )}
        {values.secretMode !== 'own' && errors.secret && (
          <span className="field-error" role="alert" data-testid="webhook-secret-error">
            {errors.secret}
          </span>
        )}
      </fieldset>
      {general.length > 0 && (
        <div className="form-errors" role="alert" data-testid="webhook-form-errors">
          <ul>
            {general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={saving} data-testid="create-webhook">
          Add webhook
        </Button>
      </div>
    </form>
  );
}
