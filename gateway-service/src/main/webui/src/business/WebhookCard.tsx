import { ChevronDown, ChevronRight, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { Webhook, WebhookDelivery } from '../api/types';
import { Button } from '../shared/Button';
import { formatDateTime } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { deliveryOutcome } from './webhooks';

function DeliveryStatus({ delivery }: { delivery: WebhookDelivery }) {
  return (
    <span className={`status status-delivery-${delivery.status}`} data-testid="delivery-status" data-status={delivery.status}>
      {delivery.status}
    </span>
  );
}

function DeliveryRow({ delivery }: { delivery: WebhookDelivery }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-testid="delivery-row" data-event={delivery.event}>
        <td>
          <button type="button" className="link-button delivery-toggle" onClick={() => setOpen((v) => !v)} aria-expanded={open} data-testid="delivery-toggle">
            {open ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
            <code>{delivery.event}</code>
          </button>
        </td>
        <td>
          <DeliveryStatus delivery={delivery} />
        </td>
        <td className="small">{deliveryOutcome(delivery)}</td>
        <td className="nowrap small muted">{formatDateTime(delivery.createdAt)}</td>
      </tr>
      {open && (
        <tr className="attempts-row">
          <td colSpan={4}>
            {delivery.attemptLog.length === 0 ? (
              <span className="muted small">No attempt yet{delivery.nextAttemptAt ? `: the first is due ${formatDateTime(delivery.nextAttemptAt)}` : ''}.</span>
            ) : (
              <ol className="attempt-log" data-testid="attempt-log">
                {delivery.attemptLog.map((attempt) => (
                  <li key={attempt.attempt} className={attempt.succeeded ? 'ok' : 'failed'} data-testid="delivery-attempt">
                    <strong>#{attempt.attempt}</strong>
                    <span>{formatDateTime(attempt.attemptedAt)}</span>
                    <span className={attempt.succeeded ? 'attempt-ok' : 'danger-text'}>
                      {attempt.statusCode ? `HTTP ${attempt.statusCode}` : 'no answer'}
                      {attempt.error ? ` · ${attempt.error}` : ''}
                    </span>
                    <span className="muted">{attempt.durationMs} ms</span>
                    {attempt.responseExcerpt && <code className="attempt-excerpt">{attempt.responseExcerpt}</code>}
                  </li>
                ))}
              </ol>
            )}
            {delivery.status === 'pending' && delivery.nextAttemptAt && delivery.attemptLog.length > 0 && (
              <p className="muted tiny">Next attempt {formatDateTime(delivery.nextAttemptAt)}.</p>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/** One webhook: its events, a test event and its delivery log. */
export function WebhookCard({ webhook, onDelete }: { webhook: Webhook; onDelete: (webhook: Webhook) => void }) {
  const deliveries = useApiQuery(['webhook-deliveries', webhook.id], (signal) => api.webhookDeliveries(webhook.id, { size: 20 }, signal));
  const [testing, setTesting] = useState(false);
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string } | null>(null);

  const sendTest = async () => {
    setTesting(true);
    setTestResult(null);
    try {
      const delivery = await api.testWebhook(webhook.id);
      setTestResult({ ok: delivery.status === 'delivered', text: deliveryOutcome(delivery) });
      deliveries.reload();
    } catch (err) {
      const apiError = toApiError(err);
      setTestResult({ ok: false, text: apiError.detail || apiError.title });
    } finally {
      setTesting(false);
    }
  };

  const list = deliveries.data?.deliveries ?? [];
  return (
    <section className="card webhook-card" data-testid="webhook-card" data-webhook-id={webhook.id} aria-label={webhook.url}>
      <div className="webhook-head">
        <div>
          <code className="webhook-url" data-testid="webhook-card-url">
            {webhook.url}
          </code>
          <div className="pill-row">
            {webhook.events.map((event) => (
              <span key={event} className="pill">
                {event}
              </span>
            ))}
            <span className="muted tiny">added {formatDateTime(webhook.createdAt)}</span>
          </div>
        </div>
        <div className="row-actions">
          <Button size="sm" loading={testing} onClick={() => void sendTest()} icon={<Send size={14} aria-hidden="true" />} data-testid="test-webhook">
            Send test event
          </Button>
          <Button size="sm" variant="ghost" className="danger-text" onClick={() => onDelete(webhook)} icon={<Trash2 size={14} aria-hidden="true" />} data-testid="delete-webhook">
            Delete
          </Button>
        </div>
      </div>
      {testResult && (
        <div className={testResult.ok ? 'notice notice-success' : 'notice notice-danger'} role="status" data-testid="test-result" data-ok={testResult.ok}>
          Test event: {testResult.text}
        </div>
      )}
      <h2 className="delivery-title">Delivery log</h2>
      {deliveries.loading && !deliveries.data && <Spinner size="sm" label="Loading deliveries…" />}
      {deliveries.error && <p className="danger-text small">The delivery log could not be loaded: {deliveries.error.detail || deliveries.error.title}</p>}
      {deliveries.data && list.length === 0 && <p className="muted small" data-testid="no-deliveries">Nothing sent yet. Send a test event to check your endpoint.</p>}
      {list.length > 0 && (
        <table className="table delivery-table" data-testid="delivery-log">
          <thead>
            <tr>
              <th>Event</th>
              <th>Status</th>
              <th>Outcome</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {list.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
