import { describe, expect, it } from 'vitest';
import { canInviteTo, countPublications, isDraft, publicationOf, PUBLICATION_LABELS } from './publication';

const draft = { status: 'draft', isPublic: false, archivedAt: null } as const;
const inviteOnly = { status: 'published', isPublic: false, archivedAt: null } as const;
const listed = { status: 'published', isPublic: true, archivedAt: null } as const;
const archived = { status: 'published', isPublic: true, archivedAt: '2030-01-01T00:00:00Z' } as const;

describe('task publication', () => {
  it('names the three states and archived, with the pill labels', () => {
    expect(publicationOf(draft)).toBe('draft');
    expect(publicationOf(inviteOnly)).toBe('invite-only');
    expect(publicationOf(listed)).toBe('public');
    expect(publicationOf(archived)).toBe('archived');
    expect([draft, inviteOnly, listed].map((t) => PUBLICATION_LABELS[publicationOf(t)])).toEqual([
      'Draft',
      'Published · invite-only',
      'Published · public',
    ]);
  });

  it('ignores isPublic until the task is published', () => {
    expect(publicationOf({ ...draft, isPublic: true })).toBe('draft');
  });

  it('allows invitations only to published, live tasks', () => {
    expect(canInviteTo(draft)).toBe(false);
    expect(canInviteTo(inviteOnly)).toBe(true);
    expect(canInviteTo(listed)).toBe(true);
    expect(canInviteTo(archived)).toBe(false);
    expect(isDraft(draft)).toBe(true);
    expect(isDraft(archived)).toBe(false);
  });

  it('counts tasks by state', () => {
    expect(countPublications([draft, draft, inviteOnly, listed, archived])).toEqual({
      total: 5,
      draft: 2,
      published: 2,
      public: 1,
      archived: 1,
    });
  });
});
