import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FileEntry } from '../api/types';
import { FileTree } from './FileTree';
import { buildTree } from './fileTree';

const START: FileEntry[] = [
  { path: 'app', type: 'directory', size: 0 },
  { path: 'app/main.py', type: 'file', size: 10 },
  { path: 'tests', type: 'directory', size: 0 },
  { path: 'tests/test_main.py', type: 'file', size: 10 },
];

function renderTree(entries: FileEntry[], active: string | null = 'app/main.py') {
  const props = {
    active,
    readOnly: false,
    onOpen: vi.fn(),
    onCreate: vi.fn(() => Promise.resolve()),
    onRename: vi.fn(() => Promise.resolve()),
    onDelete: vi.fn(),
    onRefresh: vi.fn(),
  };
  const view = render(<FileTree tree={buildTree(entries)} {...props} />);
  return { rerender: (next: FileEntry[]) => view.rerender(<FileTree tree={buildTree(next)} {...props} />) };
}

const row = (path: string) => document.querySelector(`[data-testid="file-tree-item"][data-path="${path}"]`);

describe('FileTree', () => {
  it('keeps folders as the candidate left them when a refresh brings new files; new folders start closed', () => {
    const { rerender } = renderTree(START);
    fireEvent.click(row('tests')!);
    expect(row('tests/test_main.py')).toBeNull();

    rerender([
      ...START,
      { path: 'notes.md', type: 'file', size: 3 },
      { path: 'app/util.py', type: 'file', size: 3 },
      { path: 'tests/test_util.py', type: 'file', size: 3 },
      { path: 'app/__pycache__', type: 'directory', size: 0 },
      { path: 'app/__pycache__/main.cpython-312.pyc', type: 'file', size: 300 },
    ]);
    expect(row('notes.md')).not.toBeNull();
    expect(row('app/util.py')).not.toBeNull();
    expect(row('tests/test_util.py')).toBeNull();
    expect(row('app/__pycache__')).not.toBeNull();
    expect(row('app/__pycache__/main.cpython-312.pyc')).toBeNull();
  });

  it('shows that the listing could not be refreshed', () => {
    render(
      <FileTree
        tree={buildTree(START)}
        active={null}
        readOnly={false}
        stale
        onOpen={vi.fn()}
        onCreate={vi.fn()}
        onRename={vi.fn()}
        onDelete={vi.fn()}
        onRefresh={vi.fn()}
      />,
    );
    expect(screen.getByTestId('files-stale')).toHaveTextContent('could not be refreshed');
  });
});
