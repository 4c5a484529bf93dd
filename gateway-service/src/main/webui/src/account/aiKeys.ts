import type { ApiError } from '../api/client';
import type { AddAiKey, AiKey, AiKeyTest } from '../api/types';
import { splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';

/** The providers a key can be stored for, in the order the account page shows them. */
export const AI_KEY_PROVIDERS = ['openai', 'anthropic', 'openai-compatible'] as const;
export type AiKeyProvider = (typeof AI_KEY_PROVIDERS)[number];

export const PROVIDER_LABELS: Record<AiKeyProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'Your own server (OpenAI-compatible: Ollama, vLLM…)',
};

/** Short names for messages about a key. */
export const PROVIDER_SHORT: Record<AiKeyProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'Own server',
};

/** Where the account page's AI keys section is; the "requires your own key" messages link here. */
export const AI_KEYS_ANCHOR = 'ai-keys';
export const AI_KEYS_PATH = `/account#${AI_KEYS_ANCHOR}`;

export type AiKeyField = 'apiKey' | 'baseUrl' | 'models';

export const AI_KEY_LABELS: Record<AiKeyField, string> = {
  apiKey: 'API key',
  baseUrl: 'Base URL',
  models: 'Models',
};

export interface AiKeyFormValues {
  apiKey: string;
  baseUrl: string;
  /** Comma- or line-separated model names; only for an own server. */
  models: string;
}

export const EMPTY_FORM: AiKeyFormValues = { apiKey: '', baseUrl: '', models: '' };

/** The form for a provider, starting from what is stored: never the key, but an own server's URL and models. */
export function formFor(stored: AiKey | undefined): AiKeyFormValues {
  return { apiKey: '', baseUrl: stored?.baseUrl ?? '', models: (stored?.models ?? []).join(', ') };
}

export function modelNames(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((m) => m.trim()).filter(Boolean))];
}

/** The checks the server makes too, said before it is asked; the server still decides (e.g. private addresses). */
export function validateAiKey(provider: AiKeyProvider, values: AiKeyFormValues): FieldErrors<AiKeyField> {
  const errors: FieldErrors<AiKeyField> = {};
  const ownServer = provider === 'openai-compatible' && values.baseUrl.trim() !== '';
  const key = values.apiKey.trim();
  if (!key && !ownServer) errors.apiKey = 'Enter the API key.';
  else if (key && (key.length < 8 || /\s/.test(key))) errors.apiKey = 'An API key has at least 8 characters and no spaces.';
  if (ownServer) {
    let url: URL | null = null;
    try {
      url = new URL(values.baseUrl.trim());
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      errors.baseUrl = 'Enter the server’s base URL, e.g. https://llm.example.com/v1.';
    } else if (url.username || url.password) {
      errors.baseUrl = 'Leave the user name and password out of the URL; put the key in the API key field.';
    }
  }
  if (modelNames(values.models).some((m) => m.length > 80)) errors.models = 'A model name has at most 80 characters.';
  return errors;
}

/** The request body: the key only when typed (an own server may need none), URL and models only for an own server. */
export function addKeyRequest(provider: AiKeyProvider, values: AiKeyFormValues): AddAiKey {
  const request: AddAiKey = { provider, apiKey: values.apiKey.trim() };
  if (provider === 'openai-compatible' && values.baseUrl.trim()) {
    request.baseUrl = values.baseUrl.trim();
    const models = modelNames(values.models);
    if (models.length > 0) request.models = models;
  }
  return request;
}

/** A refused save: messages under the fields the server named, the rest above the buttons. */
export function saveErrors(error: ApiError): { fields: FieldErrors<AiKeyField>; general: string[] } {
  return splitFieldErrors(error, AI_KEY_LABELS);
}

export interface TestOutcome {
  ok: boolean;
  title: string;
  detail: string;
  models: string[];
}

/** What a test says: it worked and which models it unlocks, or why not (the provider's or the server's words). */
export function describeTest(result: AiKeyTest): TestOutcome {
  const models = result.models ?? [];
  return {
    ok: result.valid,
    title: result.valid ? 'The key works' : 'The key does not work',
    detail: result.detail ?? '',
    models,
  };
}

export function describeTestError(error: ApiError): TestOutcome {
  return { ok: false, title: error.title || 'The test failed', detail: error.detail, models: [] };
}

/** A model's name without the own-server prefix of its id. */
export function modelLabel(id: string): string {
  return id.startsWith('openai-compatible/') ? id.slice('openai-compatible/'.length) : id;
}
