import type { FileVisibility } from '../api/types';

export const HIDDEN_DIR = 'hidden_tests/';

/** The path problems the server would refuse, checked before uploading; null when the path looks fine. */
export function pathProblem(path: string, visibility: FileVisibility): string | null {
  const trimmed = path.trim();
  if (!trimmed) return 'Enter where the file goes, e.g. src/app.py.';
  if (trimmed.includes('\\')) return 'Use forward slashes (/).';
  if (trimmed.startsWith('/') || trimmed.startsWith('~') || /^[A-Za-z]:/.test(trimmed)) {
    return 'Use a path relative to the workspace, e.g. src/app.py.';
  }
  if (trimmed.split('/').includes('..')) return 'The path must stay inside the workspace (no “..”).';
  if (trimmed.endsWith('/')) return 'The path must end with a file name.';
  if (visibility === 'hidden' && !trimmed.startsWith(HIDDEN_DIR)) return `Hidden test files live under ${HIDDEN_DIR}.`;
  if (visibility === 'starter' && trimmed.startsWith(HIDDEN_DIR)) return `${HIDDEN_DIR} is reserved for hidden test files.`;
  return null;
}

/** Moves a path into or out of hidden_tests/ when the visibility changes. */
export function pathForVisibility(path: string, visibility: FileVisibility): string {
  const trimmed = path.trim();
  if (visibility === 'hidden') return trimmed.startsWith(HIDDEN_DIR) ? trimmed : `${HIDDEN_DIR}${trimmed}`;
  return trimmed.startsWith(HIDDEN_DIR) ? trimmed.slice(HIDDEN_DIR.length) : trimmed;
}
