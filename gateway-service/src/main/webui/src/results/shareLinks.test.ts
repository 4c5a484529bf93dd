import { describe, expect, it } from 'vitest';
import { badgeSnippets, badgeUrl, sharePost, shareLinks, sharingRefusal } from './shareLinks';

const PUBLIC = 'https://skills.example.com/r/AbCdEfGhIjKlMnOpQrStUv';

describe('share links', () => {
  it('point LinkedIn, X and email at the public result, never at the home page or the private report', () => {
    const links = shareLinks(PUBLIC, 'I scored 82.5/100', 'Todo API');
    const linkedIn = new URL(links.linkedIn);
    expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(linkedIn.searchParams.get('url')).toBe(PUBLIC);
    const x = new URL(links.x);
    expect(x.origin + x.pathname).toBe('https://twitter.com/intent/tweet');
    expect(x.searchParams.get('url')).toBe(PUBLIC);
    expect(x.searchParams.get('text')).toBe('I scored 82.5/100');
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    const email = new URLSearchParams(links.email.slice('mailto:?'.length));
    expect(email.get('subject')).toBe('My Skills Lab result: Todo API');
    expect(email.get('body')).toContain(PUBLIC);
    for (const link of Object.values(links)) expect(link).not.toContain('/results/');
  });

  it('embed the badge linked to the public page, in Markdown and in escaped HTML', () => {
    expect(badgeUrl(PUBLIC, 'AbCdEfGhIjKlMnOpQrStUv')).toBe(
      'https://skills.example.com/api/public/badges/AbCdEfGhIjKlMnOpQrStUv.svg',
    );
    const snippets = badgeSnippets(PUBLIC, 'AbCdEfGhIjKlMnOpQrStUv');
    expect(snippets.markdown).toBe(
      `[![Skills Lab result](https://skills.example.com/api/public/badges/AbCdEfGhIjKlMnOpQrStUv.svg)](${PUBLIC})`,
    );
    expect(snippets.html).toBe(
      `<a href="${PUBLIC}"><img src="https://skills.example.com/api/public/badges/AbCdEfGhIjKlMnOpQrStUv.svg" alt="Skills Lab result" height="20"></a>`,
    );
  });

  it('post the score and level without claiming "verified"', () => {
    const post = sharePost(82.5, 'operator', 'Todo API');
    expect(post).toContain('Todo API');
    expect(post.toLowerCase()).not.toContain('verified');
  });

  it('explain that the business did not allow sharing', () => {
    expect(sharingRefusal('sharing-not-allowed', 'Acme')).toMatch(/^Acme did not allow sharing/);
    expect(sharingRefusal('sharing-not-allowed', null)).toMatch(/^The business that invited you did not allow/);
    expect(sharingRefusal('not-found', 'Acme')).toBeNull();
  });
});
