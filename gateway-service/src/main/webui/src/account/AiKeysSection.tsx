import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { AiKey } from '../api/types';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorState } from '../shared/ErrorState';
import { FormField } from '../shared/FormField';
import { hasErrors, type FieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { inputProps } from '../shared/inputProps';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { useToast } from '../shared/useToast';
import {
  AI_KEY_PROVIDERS,
  AI_KEYS_ANCHOR,
  PROVIDER_LABELS,
  PROVIDER_SHORT,
  addKeyRequest,
  describeTest,
  describeTestError,
  formFor,
  modelLabel,
  saveErrors,
  validateAiKey,
  type AiKeyField,
  type AiKeyFormValues,
  type AiKeyProvider,
  type TestOutcome,
} from './aiKeys';

const KEYS_QUERY = ['ai-keys'];

function TestResult({ outcome, provider }: { outcome: TestOutcome; provider: AiKeyProvider }) {
  return (
    <div className={outcome.ok ? 'ai-key-test ok' : 'ai-key-test failed'} role="status" data-testid={`ai-key-test-${provider}`}>
      <strong>{outcome.title}</strong>
      {outcome.detail && <p>{outcome.detail}</p>}
      {outcome.ok && outcome.models.length > 0 && (
        <p className="small">
          Models unlocked:{' '}
          {outcome.models.map((id) => (
            <code key={id} className="ai-key-model">
              {modelLabel(id)}
            </code>
          ))}
        </p>
      )}
    </div>
  );
}

/** One provider: its stored key (hint only), and a form to add or replace it, test it, or delete it. */
function ProviderKey({ provider, stored }: { provider: AiKeyProvider; stored: AiKey | undefined }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<AiKeyFormValues>(() => formFor(stored));
  const [errors, setErrors] = useState<FieldErrors<AiKeyField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ownServer = provider === 'openai-compatible';
  const id = (field: string) => `ai-key-${provider}-${field}`;

  const refresh = () => queryClient.invalidateQueries({ queryKey: KEYS_QUERY });

  const set = (field: AiKeyField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const open = () => {
    setValues(formFor(stored));
    setErrors({});
    setGeneral([]);
    setEditing(true);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    const found = validateAiKey(provider, values);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      await api.saveAiKey(addKeyRequest(provider, values));
      // The key leaves the page once it is stored.
      setValues((v) => ({ ...v, apiKey: '' }));
      setEditing(false);
      setOutcome(null);
      toast.show({ kind: 'success', title: `${PROVIDER_SHORT[provider]} key saved`, detail: 'Test it to see the models it unlocks.' });
      await refresh();
    } catch (err) {
      const split = saveErrors(toApiError(err));
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setSaving(false);
    }
  };

  const test = async () => {
    setTesting(true);
    setOutcome(null);
    try {
      setOutcome(describeTest(await api.testAiKey(provider)));
    } catch (err) {
      setOutcome(describeTestError(toApiError(err)));
    } finally {
      setTesting(false);
      await refresh();
    }
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await api.deleteAiKey(provider);
      setConfirming(false);
      setOutcome(null);
      toast.show({ kind: 'success', title: `${PROVIDER_SHORT[provider]} key deleted` });
      await refresh();
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The key could not be deleted', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setDeleting(false);
    }
  };

  return (
    <li className="ai-key" data-testid={`ai-key-${provider}`}>
      <div className="ai-key-head">
        <div>
          <strong>{PROVIDER_LABELS[provider]}</strong>
          {stored ? (
            <p className="muted small" data-testid={`ai-key-${provider}-stored`}>
              Key <code>{stored.hint}</code>
              {stored.baseUrl && (
                <>
                  {' '}
                  at <code>{stored.baseUrl}</code>
                </>
              )}
              {!stored.isValid && <span className="status status-failed"> last test failed</span>}
              {stored.updatedAt && <> · saved {formatDate(stored.updatedAt)}</>}
            </p>
          ) : (
            <p className="muted small">No key stored.</p>
          )}
        </div>
        <div className="ai-key-actions">
          {stored && (
            <Button size="sm" variant="secondary" loading={testing} onClick={() => void test()} data-testid={`ai-key-${provider}-test`}>
              Test
            </Button>
          )}
          {!editing && (
            <Button size="sm" variant="secondary" onClick={open} data-testid={`ai-key-${provider}-edit`}>
              {stored ? 'Replace' : 'Add key'}
            </Button>
          )}
          {stored && (
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} data-testid={`ai-key-${provider}-delete`}>
              Delete
            </Button>
          )}
        </div>
      </div>
      {outcome && <TestResult outcome={outcome} provider={provider} />}
      {editing && (
        <form className="ai-key-form" onSubmit={(event) => void save(event)} noValidate data-testid={`ai-key-${provider}-form`}>
          {ownServer && (
            <FormField
              id={id('baseUrl')}
              label="Base URL"
              error={errors.baseUrl}
              hint="Where your server speaks the OpenAI API, e.g. https://llm.example.com/v1 (Ollama: …:11434/v1). It must be reachable from Skills Lab."
            >
              <input
                {...inputProps(id('baseUrl'), errors.baseUrl, true)}
                type="url"
                autoComplete="off"
                placeholder="https://llm.example.com/v1"
                value={values.baseUrl}
                onChange={(e) => set('baseUrl', e.target.value)}
                data-testid={`ai-key-${provider}-baseUrl`}
              />
            </FormField>
          )}
          <FormField
            id={id('apiKey')}
            label="API key"
            error={errors.apiKey}
            hint={ownServer ? 'Leave empty if your server needs none (Ollama).' : 'Stored encrypted; only its last four characters are shown again.'}
          >
            <input
              {...inputProps(id('apiKey'), errors.apiKey, true)}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={values.apiKey}
              onChange={(e) => set('apiKey', e.target.value)}
              data-testid={`ai-key-${provider}-apiKey`}
            />
          </FormField>
          {ownServer && (
            <FormField
              id={id('models')}
              label="Models (optional)"
              error={errors.models}
              hint="Only if your server does not list them at GET /models; Test finds them otherwise. Separate with commas."
            >
              <input
                {...inputProps(id('models'), errors.models, true)}
                autoComplete="off"
                placeholder="qwen2.5-coder:7b, llama3.1:8b"
                value={values.models}
                onChange={(e) => set('models', e.target.value)}
                data-testid={`ai-key-${provider}-models`}
              />
            </FormField>
          )}
          {general.length > 0 && (
            <div className="form-errors" role="alert" data-testid={`ai-key-${provider}-errors`}>
              {general.join(' ')}
            </div>
          )}
          <div className="form-actions">
            <Button variant="ghost" onClick={() => setEditing(false)} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={saving} data-testid={`ai-key-${provider}-save`}>
              Save key
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete your ${PROVIDER_SHORT[provider]} key?`}
        confirmLabel="Delete key"
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
        confirmTestId={`ai-key-${provider}-confirm-delete`}
      >
        <p>Tasks that need your own key will offer only the offline assistant until you add one again.</p>
      </ConfirmDialog>
    </li>
  );
}

/** `/account#ai-keys`: the caller's own provider keys (bring-your-own-key), for tasks that need them. */
export function AiKeysSection() {
  const { data, error, loading, reload } = useApiQuery(KEYS_QUERY, (signal) => api.aiKeys(signal));
  const location = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  const loaded = data !== null;

  // Arriving from a "requires your own key" link: bring the section into view once it has its content.
  useEffect(() => {
    if (location.hash === `#${AI_KEYS_ANCHOR}` && loaded) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [location.hash, loaded]);

  return (
    <section id={AI_KEYS_ANCHOR} ref={sectionRef} className="card" aria-labelledby="ai-keys-heading" data-testid="ai-keys-section">
      <h2 id="ai-keys-heading" className="card-title">
        Your AI keys
      </h2>
      <p className="muted small">
        Some tasks ask you to bring your own AI key. Your keys are stored encrypted and used only for your own requests;
        you can point at your own OpenAI-compatible server (Ollama, vLLM) too.
      </p>
      {error && <ErrorState compact error={error} title="Your AI keys could not be loaded" onRetry={reload} />}
      {loading && !data && <Spinner size="sm" label="Loading…" />}
      {data && (
        <ul className="ai-keys">
          {AI_KEY_PROVIDERS.map((provider) => (
            <ProviderKey
              key={`${provider}-${data.keys.find((k) => k.provider === provider)?.updatedAt ?? 'none'}`}
              provider={provider}
              stored={data.keys.find((k) => k.provider === provider)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
