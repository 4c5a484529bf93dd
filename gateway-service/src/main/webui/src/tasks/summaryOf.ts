/** First paragraph of the markdown description, as plain text, for a card. */
export function summaryOf(markdown: string, max = 160): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/^#+\s.*$/gm, '')
        .replace(/^\s*(?:[-*+]|\d+\.|>)\s+/gm, '')
        // Emphasis and code marks go; an underscore inside a name (todo_api) stays.
        .replace(/[*`]/g, '')
        .replace(/(?<!\w)_+|_+(?!\w)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const first = paragraphs[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
