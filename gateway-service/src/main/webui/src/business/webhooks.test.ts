import { describe, expect, it } from 'vitest';
import { EMPTY_WEBHOOK_FORM, deliveryOutcome, validateWebhook, webhookFieldOf, webhookInput } from './webhooks';
import { usageRows } from './planUsage';

describe('webhook form', () => {
  it('asks for an address, an event and a usable secret', () => {
    expect(validateWebhook({ ...EMPTY_WEBHOOK_FORM, events: [] })).toEqual({
      url: 'Endpoint URL is required.',
      events: 'Choose at least one event.',
    });
    expect(validateWebhook({ ...EMPTY_WEBHOOK_FORM, url: 'ftp://x' }).url).toMatch(/http\(s\)/);
    expect(validateWebhook({ ...EMPTY_WEBHOOK_FORM, url: 'https://a.example', secretMode: 'own', secret: 'short' }).secret).toMatch(/16 to 200/);
    expect(validateWebhook({ ...EMPTY_WEBHOOK_FORM, url: 'https://a.example', secretMode: 'own', secret: 'has a space in it!!' }).secret).toMatch(/visible/);
    expect(validateWebhook({ ...EMPTY_WEBHOOK_FORM, url: 'https://a.example' })).toEqual({});
  });

  it('sends a secret only when the business gives one', () => {
    expect(webhookInput({ ...EMPTY_WEBHOOK_FORM, url: ' https://a.example/h ', secret: 'ignored-because-generated' })).toEqual({
      url: 'https://a.example/h',
      events: ['candidate.scored'],
    });
    expect(webhookInput({ ...EMPTY_WEBHOOK_FORM, url: 'https://a.example', secretMode: 'own', secret: 'x'.repeat(20) }).secret).toBe('x'.repeat(20));
  });

  it('puts server errors on the field they name', () => {
    expect(webhookFieldOf('url')).toBe('url');
    expect(webhookFieldOf('events[1]')).toBe('events');
    expect(webhookFieldOf('owner')).toBeNull();
  });
});

describe('delivery outcome', () => {
  const attempt = { attempt: 1, attemptedAt: '2026-12-07T10:00:00Z', succeeded: false, durationMs: 30, responseExcerpt: null };
  it('says what happened in a line', () => {
    expect(deliveryOutcome({ status: 'delivered', lastStatusCode: 204, attempts: 1, attemptLog: [] })).toBe('Delivered (HTTP 204) after 1 attempt');
    expect(deliveryOutcome({ status: 'failed', lastStatusCode: null, attempts: 8, attemptLog: [{ ...attempt, statusCode: null, error: 'connect timed out' }] })).toBe(
      'Failed after 8 attempts: connect timed out',
    );
    expect(deliveryOutcome({ status: 'pending', lastStatusCode: 503, attempts: 2, attemptLog: [] })).toBe('Retrying (2 attempts so far: HTTP 503)');
    expect(deliveryOutcome({ status: 'pending', lastStatusCode: null, attempts: 0, attemptLog: [] })).toBe('Waiting for its first attempt');
  });
});

describe('plan usage', () => {
  it('says how much of each limit is used', () => {
    const rows = usageRows({
      plan: 'team',
      limits: { activeTasks: { used: 4, max: 5 }, invitationsThisMonth: { used: 50, max: 50 }, seats: { used: 2, max: null } },
    });
    expect(rows.map((r) => [r.key, r.percent, r.level])).toEqual([
      ['activeTasks', 80, 'near'],
      ['invitationsThisMonth', 100, 'full'],
      ['seats', null, 'ok'],
    ]);
  });
});
