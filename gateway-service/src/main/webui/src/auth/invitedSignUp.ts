import { api } from '../api/client';
import type { InvitationAccess } from '../api/types';
import { useApiQuery, type ApiState } from '../shared/useApiQuery';

/** The invitation's token when sign-up was reached from one (`returnTo=/invite/<token>`), else null. */
export function invitationTokenOf(returnTo: string | null | undefined): string | null {
  const match = /^\/invite\/([^/?#]+)\/?(?:[?#].*)?$/.exec(returnTo ?? '');
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Where an invited person continues once verified and signed in: the invitation, accepting it at once. */
export function acceptPathOf(token: string): string {
  return `/invite/${encodeURIComponent(token)}?accept=1`;
}

/**
 * The name the business typed, as first and last name: the last word is taken as the last name ("Mary Ann Smith" →
 * "Mary Ann" / "Smith"), which the person can correct before creating the account.
 */
export function splitRecipientName(name: string | null | undefined): [string, string] {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return [words[0] ?? '', ''];
  return [words.slice(0, -1).join(' '), words[words.length - 1]];
}

/** Reads the invitation a sign-up came from (none without a token), to fill in the invited address and name. */
export function useInvitedSignUp(token: string | null): ApiState<InvitationAccess | null> {
  return useApiQuery(['invitation-access', token], (signal) => (token ? api.invitationAccess(token, signal) : Promise.resolve(null)));
}
