export type ClipSource = 'chat' | 'editor' | 'terminal' | 'external';

interface Copy {
  source: Exclude<ClipSource, 'external'>;
  text: string;
  at: number;
}

function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}

/**
 * Remembers what was copied inside the workspace, so that a paste can be attributed to where
 * its text came from (the chat, the editor, the terminal) or to the outside world.
 */
export class ClipboardTracker {
  private copies: Copy[] = [];

  constructor(private readonly keep = 10) {}

  noteCopy(source: Copy['source'], text: string, now = Date.now()): void {
    if (!normalize(text)) return;
    this.copies.push({ source, text: normalize(text), at: now });
    if (this.copies.length > this.keep) this.copies.shift();
  }

  originOf(pasted: string): ClipSource {
    const text = normalize(pasted);
    if (!text) return 'external';
    for (let i = this.copies.length - 1; i >= 0; i--) {
      const copy = this.copies[i];
      if (copy.text === text || (text.length >= 20 && copy.text.includes(text))) return copy.source;
    }
    return 'external';
  }
}

/** Recorded clipboard content is capped so that a huge paste does not swamp tracking. */
export const MAX_CLIP_CONTENT = 20_000;

export function clip(text: string): string {
  return text.length > MAX_CLIP_CONTENT ? text.slice(0, MAX_CLIP_CONTENT) : text;
}
