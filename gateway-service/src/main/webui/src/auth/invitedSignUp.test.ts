import { describe, expect, it } from 'vitest';
import { acceptPathOf, invitationTokenOf, splitRecipientName } from './invitedSignUp';

describe('sign-up from an invitation', () => {
  it('finds the invitation token in the return path', () => {
    expect(invitationTokenOf('/invite/abc123')).toBe('abc123');
    expect(invitationTokenOf('/invite/abc123?accept=1')).toBe('abc123');
    expect(invitationTokenOf('/invite/a%2Db')).toBe('a-b');
    expect(invitationTokenOf('/dashboard')).toBeNull();
    expect(invitationTokenOf('/invite/')).toBeNull();
    expect(invitationTokenOf('/invite/abc/extra')).toBeNull();
    expect(invitationTokenOf(null)).toBeNull();
  });

  it('continues to the invitation, accepting it', () => {
    expect(acceptPathOf('abc123')).toBe('/invite/abc123?accept=1');
    expect(acceptPathOf('a/b')).toBe('/invite/a%2Fb?accept=1');
  });

  it('takes the last word of the typed name as the last name', () => {
    expect(splitRecipientName('Mary Ann Smith')).toEqual(['Mary Ann', 'Smith']);
    expect(splitRecipientName('  Ada   Lovelace ')).toEqual(['Ada', 'Lovelace']);
    expect(splitRecipientName('Cher')).toEqual(['Cher', '']);
    expect(splitRecipientName(null)).toEqual(['', '']);
  });
});
