import type { FileEntry } from '../api/types';

/** Commands offered in the Run tab: the task's own visible-test command first, then what the files suggest. */
export function runSuggestions(entries: FileEntry[], visibleTestCommand?: string | null): string[] {
  const paths = entries.map((e) => e.path);
  const suggestions: string[] = [];
  if (visibleTestCommand?.trim()) suggestions.push(visibleTestCommand.trim());
  if (paths.some((p) => p.endsWith('.py'))) suggestions.push('python3 -m unittest discover -s tests -v');
  if (paths.includes('package.json')) suggestions.push('npm test');
  if (paths.some((p) => /\.(?:m?js|ts)$/.test(p))) suggestions.push('node --test');
  suggestions.push('ls -la');
  return [...new Set(suggestions)];
}
