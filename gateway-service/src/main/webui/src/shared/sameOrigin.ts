/**
 * A path on this site (`/files/a.png`, `diagram.png`), never another origin (`https:`, `//host`): an image from
 * elsewhere would tell that host who reads the text, and when (the text may be the model's answer or a task author's).
 */
export function isSameOriginPath(src: string): boolean {
  const trimmed = src.trim();
  if (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith('\\')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.includes('\\');
}
