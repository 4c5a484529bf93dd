import { formatScore } from '../shared/format';
import { levelInfo } from '../shared/levels';

export type NameDisplay = 'full' | 'initials' | 'hidden';

export const NAME_DISPLAY_CHOICES: { value: NameDisplay; label: string }[] = [
  { value: 'full', label: 'My full name' },
  { value: 'initials', label: 'My initials' },
  { value: 'hidden', label: 'No name ("A Skills Lab candidate")' },
];

/** The post that goes with a public result. Makes no "verified" claim: the public page says whether it is. */
export function sharePost(score: number, level: string, taskTitle: string): string {
  const info = levelInfo(level);
  return `I scored ${formatScore(score)}/100 (${info.label}) on the "${taskTitle}" AI assessment on Skills Lab.`;
}

export interface ShareLinks {
  linkedIn: string;
  x: string;
  email: string;
}

/** Where the share buttons lead: each carries the public result's address, never the private report's. */
export function shareLinks(publicUrl: string, post: string, taskTitle: string): ShareLinks {
  const linkedIn = new URL('https://www.linkedin.com/sharing/share-offsite/');
  linkedIn.searchParams.set('url', publicUrl);
  const x = new URL('https://twitter.com/intent/tweet');
  x.searchParams.set('url', publicUrl);
  x.searchParams.set('text', post);
  const subject = encodeURIComponent(`My Skills Lab result: ${taskTitle}`);
  const body = encodeURIComponent(`${post}\n\n${publicUrl}`);
  return { linkedIn: linkedIn.toString(), x: x.toString(), email: `mailto:?subject=${subject}&body=${body}` };
}

/** The badge's address for a public result's page address (`…/r/{id}` → `…/api/public/badges/{id}.svg`). */
export function badgeUrl(publicUrl: string, shareId: string): string {
  return `${new URL(publicUrl).origin}/api/public/badges/${encodeURIComponent(shareId)}.svg`;
}

/** Snippets that embed the badge, linked to the public page. */
export function badgeSnippets(publicUrl: string, shareId: string): { markdown: string; html: string } {
  const badge = badgeUrl(publicUrl, shareId);
  const alt = 'Skills Lab result';
  return {
    markdown: `[![${alt}](${badge})](${publicUrl})`,
    html: `<a href="${escapeAttribute(publicUrl)}"><img src="${escapeAttribute(badge)}" alt="${alt}" height="20"></a>`,
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Why an attempt cannot be shared, from the problem the share endpoint answered; null when it can. */
export function sharingRefusal(kind: string | undefined, companyName: string | null | undefined): string | null {
  if (kind === 'sharing-not-allowed') {
    const who = companyName ? companyName : 'The business that invited you';
    return `${who} did not allow sharing the result of this assessment publicly. Your report stays private to you and ${companyName ?? 'them'}.`;
  }
  if (kind === 'not-scored') return 'This attempt has no score yet to share.';
  return null;
}
