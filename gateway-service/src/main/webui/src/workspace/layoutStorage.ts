import type { Layout, LayoutStorage } from 'react-resizable-panels';

/** Panel ids of the workspace's two split groups; a saved layout must name exactly one of these sets. */
export const COLUMN_PANELS = ['ws-files', 'ws-main', 'ws-chat'] as const;
export const ROW_PANELS = ['ws-editor', 'ws-bottom'] as const;

const TOLERANCE = 0.5;

/** A saved layout the panels can use: exactly the expected ids, sizes from 0 to 100 that add up to 100. */
export function parseLayout(raw: string | null, expected: readonly (readonly string[])[]): Layout | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const ids = entries.map(([id]) => id).sort();
  const known = expected.some((set) => set.length === ids.length && [...set].sort().every((id, i) => id === ids[i]));
  if (!known) return null;
  let sum = 0;
  for (const [, size] of entries) {
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0 || size > 100) return null;
    sum += size;
  }
  if (Math.abs(sum - 100) > TOLERANCE) return null;
  return Object.fromEntries(entries) as Layout;
}

/** localStorage, or null where the browser refuses it (privacy settings, sandboxed frames). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Storage for the panels' remembered sizes. Sizes survive reloads in localStorage; what was saved by
 * another version of the layout, or damaged, reads as nothing (the panels then take their default
 * sizes) instead of breaking the workspace; a full or missing storage only means sizes are not kept.
 */
export function workspaceLayoutStorage(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = browserStorage(),
  expected: readonly (readonly string[])[] = [COLUMN_PANELS, ROW_PANELS],
): LayoutStorage {
  const memory = new Map<string, string>();
  return {
    getItem(key) {
      let raw: string | null;
      try {
        raw = storage ? storage.getItem(key) : (memory.get(key) ?? null);
      } catch {
        raw = memory.get(key) ?? null;
      }
      const layout = parseLayout(raw, expected);
      return layout ? JSON.stringify(layout) : null;
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Quota or privacy settings: the sizes last for this page only.
      }
    },
  };
}
