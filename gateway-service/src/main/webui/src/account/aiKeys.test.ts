import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api/client';
import {
  AI_KEYS_PATH,
  addKeyRequest,
  describeTest,
  describeTestError,
  formFor,
  modelLabel,
  modelNames,
  saveErrors,
  validateAiKey,
} from './aiKeys';

const problem = (over: Partial<ApiError>): ApiError =>
  ({ status: 400, kind: 'validation', title: 'Invalid input', detail: 'The request is invalid', errors: [], ...over }) as ApiError;

describe('the AI keys form', () => {
  it('never starts from the stored key, but from an own server’s URL and models', () => {
    expect(
      formFor({ provider: 'openai-compatible', hint: '...abcd', isValid: true, baseUrl: 'https://llm.example.com/v1', models: ['a:1', 'b:2'] }),
    ).toEqual({ apiKey: '', baseUrl: 'https://llm.example.com/v1', models: 'a:1, b:2' });
    expect(formFor(undefined)).toEqual({ apiKey: '', baseUrl: '', models: '' });
  });

  it('asks for a key unless an own server is named, and refuses keys that cannot be keys', () => {
    expect(validateAiKey('openai', { apiKey: '', baseUrl: '', models: '' }).apiKey).toMatch(/Enter the API key/);
    expect(validateAiKey('openai', { apiKey: 'sk short', baseUrl: '', models: '' }).apiKey).toMatch(/no spaces/);
    expect(validateAiKey('openai', { apiKey: 'sk-1234567890', baseUrl: '', models: '' })).toEqual({});
    expect(validateAiKey('openai-compatible', { apiKey: '', baseUrl: 'http://localhost:11434/v1', models: '' })).toEqual({});
  });

  it('checks the base URL’s shape and keeps credentials out of it', () => {
    expect(validateAiKey('openai-compatible', { apiKey: '', baseUrl: 'localhost:11434', models: '' }).baseUrl).toMatch(/base URL/);
    expect(validateAiKey('openai-compatible', { apiKey: '', baseUrl: 'ftp://x.example/v1', models: '' }).baseUrl).toMatch(/base URL/);
    expect(validateAiKey('openai-compatible', { apiKey: '', baseUrl: 'https://me:pw@x.example/v1', models: '' }).baseUrl).toMatch(
      /user name and password/,
    );
  });

  it('sends the URL and models only for an own server, models as a clean list', () => {
    expect(addKeyRequest('openai', { apiKey: ' sk-1234567890 ', baseUrl: 'https://ignored.example', models: 'a' })).toEqual({
      provider: 'openai',
      apiKey: 'sk-1234567890',
    });
    expect(addKeyRequest('openai-compatible', { apiKey: '', baseUrl: 'https://llm.example.com/v1 ', models: 'a:1, b:2\na:1' })).toEqual({
      provider: 'openai-compatible',
      apiKey: '',
      baseUrl: 'https://llm.example.com/v1',
      models: ['a:1', 'b:2'],
    });
    expect(modelNames(' , ')).toEqual([]);
  });

  it('puts the server’s field errors under their fields and the rest above the buttons', () => {
    const split = saveErrors(
      problem({ errors: [{ field: 'baseUrl', message: 'points at a private, loopback or link-local address' }] }),
    );
    expect(split.fields.baseUrl).toBe('Base URL points at a private, loopback or link-local address.');
    expect(split.general).toEqual([]);
    expect(saveErrors(problem({ errors: [], detail: 'Too many keys' })).general).toEqual(['Too many keys']);
  });

  it('says what a test found: the models unlocked, or the provider’s words', () => {
    expect(
      describeTest({ provider: 'openai-compatible', valid: true, detail: 'Your server answered.', models: ['openai-compatible/qwen2.5-coder:7b'] }),
    ).toEqual({ ok: true, title: 'The key works', detail: 'Your server answered.', models: ['openai-compatible/qwen2.5-coder:7b'] });
    expect(describeTest({ provider: 'openai', valid: false, detail: 'The provider refused the key.' }).ok).toBe(false);
    expect(describeTestError(problem({ status: 404, title: 'Not found', detail: 'No openai key is stored for you' }))).toEqual({
      ok: false,
      title: 'Not found',
      detail: 'No openai key is stored for you',
      models: [],
    });
    expect(modelLabel('openai-compatible/qwen2.5-coder:7b')).toBe('qwen2.5-coder:7b');
    expect(modelLabel('gpt-4o')).toBe('gpt-4o');
  });

  it('is where the “requires your own key” link lands', () => {
    expect(AI_KEYS_PATH).toBe('/account#ai-keys');
  });
});
