import { KeyRound, Webhook as WebhookIcon } from 'lucide-react';
import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { CreatedWebhook, Webhook } from '../api/types';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { Modal } from '../shared/Modal';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { useToast } from '../shared/useToast';
import { BusinessHeader } from './BusinessNav';
import { copyText } from './clipboard';
import { WebhookCard } from './WebhookCard';
import { WebhookForm } from './WebhookForm';
import './business.css';
import './pipeline.css';

/** The secret of a webhook just made: shown this once. */
function SecretDialog({ webhook, onClose }: { webhook: CreatedWebhook; onClose: () => void }) {
  const toast = useToast();
  return (
    <Modal
      open
      title="Copy your signing secret"
      onClose={onClose}
      testId="webhook-secret-dialog"
      footer={
        <>
          <Button
            onClick={async () => {
              if (await copyText(webhook.secret)) toast.show({ kind: 'success', title: 'Secret copied' });
            }}
            data-testid="copy-webhook-secret"
          >
            Copy
          </Button>
          <Button variant="primary" onClick={onClose} data-testid="webhook-secret-done">
            I have stored it
          </Button>
        </>
      }
    >
      <p>
        <KeyRound size={16} aria-hidden="true" /> This is the only time the secret of <code>{webhook.url}</code> is shown. Store it in your
        receiver to check the <code>Skills-Lab-Signature</code> header.
      </p>
      <input className="input mono-input" readOnly value={webhook.secret} onFocus={(e) => e.target.select()} aria-label="Signing secret" data-testid="webhook-secret-value" />
    </Modal>
  );
}

/** `/business/integrations`: webhooks to the business's own systems (an ATS), with their delivery logs. */
export function IntegrationsPage() {
  const toast = useToast();
  const { data, error, loading, reload } = useApiQuery(['webhooks'], (signal) => api.webhooks(signal));
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [toDelete, setToDelete] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    if (!toDelete) return;
    setDeleting(true);
    try {
      await api.deleteWebhook(toDelete.id);
      toast.show({ kind: 'success', title: 'Webhook deleted', detail: toDelete.url });
      setToDelete(null);
      reload();
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The webhook could not be deleted', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setDeleting(false);
    }
  };

  const webhooks = data?.webhooks ?? [];
  return (
    <div className="business integrations-page" data-testid="integrations-page">
      <BusinessHeader title="Integrations" subtitle="Send candidate events to your applicant tracking system with signed webhooks." actions={<></>} />
      <div className="integrations-grid">
        <div className="webhook-list">
          {loading && !data && <Spinner label="Loading webhooks…" />}
          {error && <ErrorState error={error} title="Webhooks could not be loaded" onRetry={reload} />}
          {data && webhooks.length === 0 && (
            <EmptyState icon={<WebhookIcon size={30} />} title="No webhooks yet">
              <p>Add your endpoint on the right; then send a test event to see it arrive.</p>
            </EmptyState>
          )}
          {webhooks.map((webhook) => (
            <WebhookCard key={webhook.id} webhook={webhook} onDelete={setToDelete} />
          ))}
        </div>
        <WebhookForm
          onCreated={(webhook) => {
            setCreated(webhook);
            reload();
          }}
        />
      </div>
      {created && <SecretDialog webhook={created} onClose={() => setCreated(null)} />}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this webhook?"
        confirmLabel="Delete webhook"
        cancelLabel="Keep it"
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(null)}
        confirmTestId="confirm-delete-webhook"
      >
        <p>
          Nothing more is sent to <code>{toDelete?.url}</code>; its waiting deliveries and its log are deleted with it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
