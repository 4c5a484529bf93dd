import { describe, expect, it } from 'vitest';
import type { AiModel } from '../api/types';
import { SOURCE_LABELS, initialModel, modelSource } from './modelChoice';

const offline: AiModel = { id: 'offline-assistant', name: 'Offline', provider: 'offline', maxTokens: 4096, offline: true, source: 'offline' };
const platform: AiModel = { id: 'gpt-4o-mini', name: 'GPT-4o Mini', provider: 'openai', maxTokens: 4096, offline: false, source: 'platform' };
const own: AiModel = {
  id: 'openai-compatible/qwen2.5-coder:7b',
  name: 'qwen2.5-coder:7b',
  provider: 'openai-compatible',
  maxTokens: 4096,
  offline: false,
  source: 'own-key',
  keyProvider: 'openai-compatible',
  default: true,
};

describe('the workspace model picker', () => {
  it('says where each model’s key comes from', () => {
    expect([own, platform, offline].map((m) => SOURCE_LABELS[modelSource(m)])).toEqual(['your key', 'platform', 'offline']);
    // A server from before the field: offline is still offline, the others are the platform's.
    expect(modelSource({ ...platform, source: undefined })).toBe('platform');
    expect(modelSource({ ...offline, source: undefined })).toBe('offline');
  });

  it('selects the session’s model, else the server’s default, else the first listed', () => {
    expect(initialModel([platform, own, offline], 'gpt-4o-mini')?.id).toBe('gpt-4o-mini');
    expect(initialModel([platform, own, offline], null)?.id).toBe(own.id);
    expect(initialModel([platform, { ...offline, default: true }], 'gone')?.id).toBe('offline-assistant');
    expect(initialModel([offline, platform], null)?.id).toBe('offline-assistant');
    expect(initialModel([], null)).toBeUndefined();
  });
});
