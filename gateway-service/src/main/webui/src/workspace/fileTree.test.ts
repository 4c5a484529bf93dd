import { describe, expect, it } from 'vitest';
import { ancestors, buildTree, filePaths, normalizePath, parentPath, sameListing, validateNewPath, type TreeNode } from './fileTree';

function shape(nodes: TreeNode[]): unknown[] {
  return nodes.map((n) => (n.type === 'directory' ? { [n.name + '/']: shape(n.children) } : n.name));
}

describe('buildTree', () => {
  it('nests a flat listing, directories first, names in natural order', () => {
    const tree = buildTree([
      { path: 'README.md', type: 'file', size: 10 },
      { path: 'src', type: 'directory', size: 0 },
      { path: 'src/app.py', type: 'file', size: 20 },
      { path: 'src/models/todo.py', type: 'file', size: 5 },
      { path: 'tests/test_10.py', type: 'file', size: 1 },
      { path: 'tests/test_2.py', type: 'file', size: 1 },
      { path: 'a.txt', type: 'file', size: 1 },
    ]);
    expect(shape(tree)).toEqual([
      { 'src/': [{ 'models/': ['todo.py'] }, 'app.py'] },
      { 'tests/': ['test_2.py', 'test_10.py'] },
      'a.txt',
      'README.md',
    ]);
    expect(tree[0].children[0].path).toBe('src/models');
    expect(tree[0].children[0].children[0]).toMatchObject({ path: 'src/models/todo.py', size: 5, type: 'file' });
  });

  it('creates directories that are only implied and normalises odd paths', () => {
    const tree = buildTree([
      { path: './a/b/c.py', type: 'file', size: 1 },
      { path: '/a/d.py', type: 'file', size: 1 },
      { path: 'a//e.py', type: 'file', size: 1 },
    ]);
    expect(shape(tree)).toEqual([{ 'a/': [{ 'b/': ['c.py'] }, 'd.py', 'e.py'] }]);
  });

  it('lists a path once even when it appears twice, and ignores empty paths', () => {
    const tree = buildTree([
      { path: 'x.py', type: 'file', size: 1 },
      { path: 'x.py', type: 'file', size: 2 },
      { path: '', type: 'file', size: 0 },
      { path: 'dir', type: 'directory', size: 0 },
      { path: 'dir/', type: 'directory', size: 0 },
    ]);
    expect(shape(tree)).toEqual([{ 'dir/': [] }, 'x.py']);
  });

  it('returns an empty tree for no entries', () => {
    expect(buildTree([])).toEqual([]);
  });

  it('lists file paths in tree order', () => {
    const tree = buildTree([
      { path: 'z.py', type: 'file', size: 1 },
      { path: 'lib/a.py', type: 'file', size: 1 },
    ]);
    expect(filePaths(tree)).toEqual(['lib/a.py', 'z.py']);
  });
});

describe('path helpers', () => {
  it('normalise, split and validate', () => {
    expect(normalizePath('\\src\\main.py')).toBe('src/main.py');
    expect(parentPath('a/b/c.py')).toBe('a/b');
    expect(parentPath('c.py')).toBe('');
    expect(ancestors('a/b/c.py')).toEqual(['a', 'a/b']);
    expect(validateNewPath('')).not.toBeNull();
    expect(validateNewPath('../etc/passwd')).not.toBeNull();
    expect(validateNewPath('src/new.py')).toBeNull();
  });
});

describe('sameListing', () => {
  const listing = [
    { path: 'app', type: 'directory' as const, size: 0 },
    { path: 'app/main.py', type: 'file' as const, size: 20 },
  ];
  it('sees an unchanged listing in any order as the same', () => {
    expect(sameListing(listing, [...listing].reverse())).toBe(true);
  });
  it('sees a new, removed or changed file', () => {
    expect(sameListing(null, listing)).toBe(false);
    expect(sameListing(listing, [...listing, { path: 'notes.txt', type: 'file', size: 0 }])).toBe(false);
    expect(sameListing(listing, listing.slice(1))).toBe(false);
    expect(sameListing(listing, [listing[0], { ...listing[1], size: 21 }])).toBe(false);
  });
});
