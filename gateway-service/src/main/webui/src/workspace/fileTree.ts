import type { FileEntry } from '../api/types';

export interface TreeNode {
  name: string;
  /** Workspace-relative path without leading or trailing slashes. */
  path: string;
  type: 'file' | 'directory';
  size: number;
  children: TreeNode[];
}

/** Normalises a workspace path: forward slashes, no leading `./` or `/`, no empty segments. */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

export function baseName(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  return slash === -1 ? normalized : normalized.slice(slash + 1);
}

export function parentPath(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  return slash === -1 ? '' : normalized.slice(0, slash);
}

/** A path the candidate typed is usable when it stays inside the workspace. */
export function validateNewPath(path: string): string | null {
  const normalized = normalizePath(path);
  if (!normalized) return 'Enter a file name.';
  if (normalized.split('/').some((segment) => segment === '..')) return 'A path may not contain "..".';
  if ([...normalized].some((char) => char.charCodeAt(0) < 0x20)) return 'A path may not contain control characters.';
  return null;
}

function compareNodes(a: TreeNode, b: TreeNode): number {
  if (a.type !== b.type) return a.type === 'directory' ? -1 : 1;
  return a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });
}

function sortTree(nodes: TreeNode[]): TreeNode[] {
  nodes.sort(compareNodes);
  for (const node of nodes) sortTree(node.children);
  return nodes;
}

/**
 * Builds the nested tree from the sandbox's flat listing. Directories that are only implied
 * by a file's path are created; a path listed twice appears once; directories sort first.
 */
export function buildTree(entries: readonly FileEntry[]): TreeNode[] {
  const root: TreeNode[] = [];
  const byPath = new Map<string, TreeNode>();

  const ensureDirectory = (path: string): TreeNode[] => {
    if (path === '') return root;
    const existing = byPath.get(path);
    if (existing) {
      if (existing.type === 'directory') return existing.children;
      // A file and a directory with one name cannot both exist; the directory wins.
      existing.type = 'directory';
      return existing.children;
    }
    const siblings = ensureDirectory(parentPath(path));
    const node: TreeNode = { name: baseName(path), path, type: 'directory', size: 0, children: [] };
    siblings.push(node);
    byPath.set(path, node);
    return node.children;
  };

  for (const entry of entries) {
    const path = normalizePath(entry.path);
    if (!path) continue;
    if (entry.type === 'directory') {
      ensureDirectory(path);
      continue;
    }
    if (byPath.has(path)) continue;
    const siblings = ensureDirectory(parentPath(path));
    const node: TreeNode = { name: baseName(path), path, type: 'file', size: entry.size, children: [] };
    siblings.push(node);
    byPath.set(path, node);
  }
  return sortTree(root);
}

/** Every file path in tree order, for picking a file to open first. */
export function filePaths(nodes: readonly TreeNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.type === 'file') out.push(node.path);
      else walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** All ancestor directories of a path, outermost first (`a/b/c.py` → `a`, `a/b`). */
export function ancestors(path: string): string[] {
  const segments = normalizePath(path).split('/');
  const out: string[] = [];
  for (let i = 1; i < segments.length; i++) out.push(segments.slice(0, i).join('/'));
  return out;
}

/** Whether two listings show the same files, so that an unchanged refresh does not re-render the tree. */
export function sameListing(a: readonly FileEntry[] | null, b: readonly FileEntry[]): boolean {
  if (!a || a.length !== b.length) return false;
  const key = (e: FileEntry) => `${e.type}:${normalizePath(e.path)}:${e.size}`;
  const seen = new Set(a.map(key));
  return b.every((e) => seen.has(key(e)));
}

/** Every folder in the tree, parents before their children. */
export function directoryPaths(nodes: readonly TreeNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.type !== 'directory') continue;
      out.push(node.path);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}
