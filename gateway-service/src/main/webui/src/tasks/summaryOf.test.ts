import { describe, expect, it } from 'vitest';
import { summaryOf } from './summaryOf';

describe('summaryOf', () => {
  it('keeps the first paragraph as plain text, names with underscores intact', () => {
    const markdown = '# Title\n\nBuild the **storage** layer (`todo_api/store.py`) and _then_ the server.\n\nMore text.';
    expect(summaryOf(markdown)).toBe('Build the storage layer (todo_api/store.py) and then the server.');
  });

  it('shortens a long paragraph with an ellipsis', () => {
    expect(summaryOf('word '.repeat(60), 20)).toBe('word word word word…');
  });
});
