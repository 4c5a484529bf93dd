import { describe, expect, it } from 'vitest';
import { MAX_BULK_LINES, bulkLines, bulkPayload, bulkSummary, validateBulk, type BulkValues } from './bulkInvite';

const values = (overrides: Partial<BulkValues> = {}): BulkValues => ({
  taskId: 't-1',
  addresses: 'ada@example.com\nGrace Hopper, grace@example.com\n',
  message: '',
  expiresAt: '',
  allowRetakes: false,
  ...overrides,
});

describe('bulk invite form', () => {
  it('counts the lines the server reads, blank ones skipped', () => {
    expect(bulkLines('a@x.io\n\n  \nb@x.io\r\nc@x.io')).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
  });

  it('wants a task, at least one line and at most the limit', () => {
    expect(validateBulk(values())).toEqual({});
    expect(validateBulk(values({ taskId: '' })).taskId).toBeTruthy();
    expect(validateBulk(values({ addresses: '\n \n' })).addresses).toMatch(/at least one/);
    const many = Array.from({ length: MAX_BULK_LINES + 1 }, (_, i) => `p${i}@example.com`).join('\n');
    expect(validateBulk(values({ addresses: many })).addresses).toMatch(/At most 200 lines .*201/);
    expect(validateBulk(values({ expiresAt: '2020-01-01' })).expiresAt).toMatch(/future/);
  });

  it('sends the list as typed, optional fields only when given', () => {
    expect(bulkPayload(values(), 'de-DE')).toEqual({
      taskId: 't-1',
      addresses: 'ada@example.com\nGrace Hopper, grace@example.com\n',
      allowRetakes: false,
      locale: 'de-DE',
    });
    expect(bulkPayload(values({ message: ' Hi ', expiresAt: '2099-01-31' }), '')).toMatchObject({ message: 'Hi', expiresAt: expect.stringMatching(/^2099-01-3/) });
  });

  it('lets every candidate of the list share their result when ticked', () => {
    expect(bulkPayload(values(), 'en').allowResultSharing).toBeUndefined();
    expect(bulkPayload(values({ allowResultSharing: true }), 'en').allowResultSharing).toBe(true);
  });

  it('sums the answer up', () => {
    expect(bulkSummary({ created: [{ row: 1, email: 'a@x.io', invitationId: 'i' }], failed: [] })).toBe('1 person invited');
    expect(
      bulkSummary({
        created: [
          { row: 1, email: 'a@x.io', invitationId: 'i' },
          { row: 2, email: 'b@x.io', invitationId: 'j' },
        ],
        failed: [{ row: 3, input: 'nope', problem: { title: 'Invalid email' } }],
      }),
    ).toBe('2 people invited, 1 line not');
  });
});
