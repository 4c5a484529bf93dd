import { createElement, memo, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ChevronDown, ChevronRight, CloudOff, File as PlainFile, FileCode, FileJson, FilePlus, FileText, Folder, FolderOpen, Pencil, RefreshCw, Trash2, type LucideIcon } from 'lucide-react';
import { ancestors, baseName, directoryPaths, parentPath, validateNewPath, type TreeNode } from './fileTree';

// File colours by extension, as editors commonly show them.
const FILE_COLORS: Record<string, string> = {
  py: '#4b8bbe',
  js: '#e8d44d',
  mjs: '#e8d44d',
  jsx: '#61dafb',
  ts: '#3178c6',
  tsx: '#61dafb',
  json: '#cbcb41',
  md: '#8fa7c4',
  html: '#e44d26',
  css: '#563d7c',
  sql: '#e38c00',
  sh: '#89e051',
  yml: '#cb171e',
  yaml: '#cb171e',
  txt: '#9aa5b1',
  go: '#00add8',
  java: '#b07219',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function colorFor(name: string): string {
  return FILE_COLORS[extensionOf(name)] || '#8b949e';
}

const TEXT_FILES = new Set(['md', 'txt', 'rst', 'csv', 'log']);
const DATA_FILES = new Set(['json', 'yml', 'yaml', 'toml']);

function iconFor(name: string): LucideIcon {
  const ext = extensionOf(name);
  if (TEXT_FILES.has(ext)) return FileText;
  if (DATA_FILES.has(ext)) return FileJson;
  if (ext && FILE_COLORS[ext]) return FileCode;
  return PlainFile;
}

function FileIcon({ name }: { name: string }) {
  return createElement(iconFor(name), { size: 15, color: colorFor(name), strokeWidth: 1.8 });
}

function PathInput({
  initial,
  placeholder,
  testId,
  onSubmit,
  onCancel,
}: {
  initial: string;
  placeholder: string;
  testId: string;
  onSubmit: (value: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    if (initial === '' || initial.endsWith('/')) {
      input.setSelectionRange(initial.length, initial.length);
      return;
    }
    // Select the name without its extension, as editors do.
    const name = baseName(initial);
    const start = initial.length - name.length;
    const dot = name.lastIndexOf('.');
    input.setSelectionRange(start, dot > 0 ? start + dot : initial.length);
  }, [initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateNewPath(value);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(value);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <form className="tree-input" onSubmit={(event) => void submit(event)}>
      <input
        ref={inputRef}
        value={value}
        placeholder={placeholder}
        disabled={busy}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
        onBlur={() => !busy && !error && onCancel()}
        aria-label={placeholder}
        data-testid={testId}
      />
      {error && <span className="tree-input-error">{error}</span>}
    </form>
  );
}

/** Paths of the rows on screen, top to bottom: what the arrow keys walk through. */
function visiblePaths(nodes: TreeNode[], collapsed: Set<string>, into: string[] = []): string[] {
  for (const node of nodes) {
    into.push(node.path);
    if (node.type === 'directory' && !collapsed.has(node.path)) visiblePaths(node.children, collapsed, into);
  }
  return into;
}

export interface FileTreeProps {
  tree: TreeNode[];
  active: string | null;
  readOnly: boolean;
  /** The last refresh failed: the tree may miss recent changes. */
  stale?: boolean;
  onOpen: (path: string) => void;
  onCreate: (path: string) => Promise<void>;
  onRename: (path: string, newPath: string) => Promise<void>;
  onDelete: (node: TreeNode) => void;
  onRefresh: () => void;
}

export const FileTree = memo(function FileTree({
  tree,
  active,
  readOnly,
  stale = false,
  onOpen,
  onCreate,
  onRename,
  onDelete,
  onRefresh,
}: FileTreeProps) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [creatingIn, setCreatingIn] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const knownDirs = useRef<Set<string> | null>(null);

  // Folders open as the workspace starts; ones that appear later (a terminal's mkdir, __pycache__,
  // a virtualenv) start closed, and a refresh never changes what the candidate opened or closed.
  useEffect(() => {
    const dirs = directoryPaths(tree);
    if (knownDirs.current === null) {
      if (dirs.length > 0 || tree.length > 0) knownDirs.current = new Set(dirs);
      return;
    }
    const known = knownDirs.current;
    const added = dirs.filter((dir) => !known.has(dir));
    if (added.length === 0) return;
    added.forEach((dir) => known.add(dir));
    const keepOpen = new Set(active ? ancestors(active) : []);
    const closed = added.filter((dir) => !keepOpen.has(dir));
    if (closed.length > 0) setCollapsed((current) => new Set([...current, ...closed]));
    // A change of the active file alone adds no folder: running again then changes nothing.
  }, [tree, active]);

  // Keep the active file's folders open.
  const [openedFor, setOpenedFor] = useState(active);
  if (active !== openedFor) {
    setOpenedFor(active);
    if (active) {
      setCollapsed((current) => {
        const open = ancestors(active).filter((dir) => current.has(dir));
        if (open.length === 0) return current;
        const next = new Set(current);
        open.forEach((dir) => next.delete(dir));
        return next;
      });
    }
  }

  // One tab stop for the whole tree (roving tabindex): the row last focused, else the open file, else the first.
  const [focused, setFocused] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const visible = visiblePaths(tree, collapsed);
  const tabStop = focused && visible.includes(focused) ? focused : active && visible.includes(active) ? active : (visible[0] ?? null);

  const focusRow = (path: string | undefined) => {
    if (!path) return;
    const row = [...(treeRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])].find((el) => el.dataset.path === path);
    row?.focus();
  };

  const setOpen = (path: string, open: boolean) =>
    setCollapsed((current) => {
      if (current.has(path) !== open) return current;
      const next = new Set(current);
      if (open) next.delete(path);
      else next.add(path);
      return next;
    });

  // The tree pattern's keys (WAI-ARIA): arrows move and open or close folders, Enter opens, F2 renames, Delete deletes.
  const onRowKey = (event: KeyboardEvent<HTMLElement>, node: TreeNode, isOpen: boolean) => {
    const isDir = node.type === 'directory';
    const index = visible.indexOf(node.path);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        focusRow(visible[index + 1]);
        break;
      case 'ArrowUp':
        handled();
        focusRow(visible[index - 1]);
        break;
      case 'Home':
        handled();
        focusRow(visible[0]);
        break;
      case 'End':
        handled();
        focusRow(visible.at(-1));
        break;
      case 'ArrowRight':
        handled();
        if (isDir && !isOpen) setOpen(node.path, true);
        else if (isDir && node.children.length > 0) focusRow(node.children[0].path);
        break;
      case 'ArrowLeft': {
        handled();
        if (isDir && isOpen) setOpen(node.path, false);
        else focusRow(parentPath(node.path) || undefined);
        break;
      }
      case 'Enter':
      case ' ':
        handled();
        if (isDir) toggle(node.path);
        else onOpen(node.path);
        break;
      case 'F2':
        if (readOnly) return;
        handled();
        setRenaming(node.path);
        break;
      case 'Delete':
        if (readOnly) return;
        handled();
        onDelete(node);
        break;
    }
  };

  const toggle = (path: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });

  const renderNodes = (nodes: TreeNode[], depth: number) =>
    nodes.map((node) => {
      const isDir = node.type === 'directory';
      const isOpen = isDir && !collapsed.has(node.path);
      const indent = { paddingLeft: `${8 + depth * 14}px` };
      return (
        <li key={node.path} role="none">
          {renaming === node.path ? (
            <div style={indent}>
              <PathInput
                initial={node.path}
                placeholder="New path"
                testId="rename-input"
                onCancel={() => {
                  setRenaming(null);
                  focusRow(node.path);
                }}
                onSubmit={async (value) => {
                  if (value !== node.path) await onRename(node.path, value);
                  setRenaming(null);
                }}
              />
            </div>
          ) : (
            <div
              role="treeitem"
              aria-level={depth + 1}
              aria-expanded={isDir ? isOpen : undefined}
              aria-selected={node.path === active}
              className={`tree-row${node.path === active ? ' active' : ''}`}
              style={indent}
              data-testid="file-tree-item"
              data-path={node.path}
              data-type={node.type}
              title={node.path}
              onClick={() => (isDir ? toggle(node.path) : onOpen(node.path))}
              onKeyDown={(event) => onRowKey(event, node, isOpen)}
              onFocus={(event) => event.target === event.currentTarget && setFocused(node.path)}
              tabIndex={node.path === tabStop ? 0 : -1}
            >
              <span className="tree-twisty" aria-hidden="true">
                {isDir && (isOpen ? <ChevronDown size={14} /> : <ChevronRight size={14} />)}
              </span>
              <span className="tree-icon" aria-hidden="true">
                {isDir ? (
                  isOpen ? (
                    <FolderOpen size={15} color="#d7b66a" strokeWidth={1.8} />
                  ) : (
                    <Folder size={15} color="#d7b66a" strokeWidth={1.8} />
                  )
                ) : (
                  <FileIcon name={node.name} />
                )}
              </span>
              <span className="tree-name">{node.name}</span>
              {!readOnly && (
                <span className="tree-actions">
                  {isDir && (
                    <button
                      type="button"
                      tabIndex={-1}
                      title="New file in this folder"
                      aria-label={`New file in ${node.name}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        setCollapsed((current) => {
                          const next = new Set(current);
                          next.delete(node.path);
                          return next;
                        });
                        setCreatingIn(node.path);
                      }}
                    >
                      <FilePlus size={14} aria-hidden="true" />
                    </button>
                  )}
                  <button
                    type="button"
                    tabIndex={-1}
                    title="Rename (F2)"
                    aria-label={`Rename ${node.name}`}
                    data-testid="rename-file"
                    onClick={(event) => {
                      event.stopPropagation();
                      setRenaming(node.path);
                    }}
                  >
                    <Pencil size={13} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    tabIndex={-1}
                    title="Delete (Delete key)"
                    aria-label={`Delete ${node.name}`}
                    data-testid="delete-file"
                    onClick={(event) => {
                      event.stopPropagation();
                      onDelete(node);
                    }}
                  >
                    <Trash2 size={13} aria-hidden="true" />
                  </button>
                </span>
              )}
            </div>
          )}
          {isDir && isOpen && (
            <ul role="group">
              {creatingIn === node.path && (
                <li role="none" style={{ paddingLeft: `${8 + (depth + 1) * 14}px` }}>
                  <PathInput
                    initial={`${node.path}/`}
                    placeholder="File name"
                    testId="new-file-input"
                    onCancel={() => setCreatingIn(null)}
                    onSubmit={async (value) => {
                      await onCreate(value);
                      setCreatingIn(null);
                    }}
                  />
                </li>
              )}
              {renderNodes(node.children, depth + 1)}
            </ul>
          )}
        </li>
      );
    });

  return (
    <div className="file-tree" data-testid="file-tree">
      <div className="panel-toolbar">
        <span className="panel-title">Explorer</span>
        <div className="panel-toolbar-actions">
          {stale && (
            <span className="tree-stale" role="status" title="The file list could not be refreshed; it is retried" data-testid="files-stale">
              <CloudOff size={14} aria-hidden="true" />
              <span className="sr-only">The file list could not be refreshed</span>
            </span>
          )}
          {!readOnly && (
            <button
              type="button"
              className="icon-button"
              title="New file"
              aria-label="New file"
              data-testid="new-file"
              onClick={() => setCreatingIn(active ? parentPath(active) : '')}
            >
              <FilePlus size={15} aria-hidden="true" />
            </button>
          )}
          <button type="button" className="icon-button" title="Refresh" aria-label="Refresh files" onClick={onRefresh}>
            <RefreshCw size={14} aria-hidden="true" />
          </button>
        </div>
      </div>
      <ul className="tree" role="tree" aria-label="Workspace files" ref={treeRef}>
        {creatingIn === '' && (
          <li role="none" style={{ paddingLeft: '8px' }}>
            <PathInput
              initial=""
              placeholder="path/to/file.py"
              testId="new-file-input"
              onCancel={() => setCreatingIn(null)}
              onSubmit={async (value) => {
                await onCreate(value);
                setCreatingIn(null);
              }}
            />
          </li>
        )}
        {renderNodes(tree, 0)}
      </ul>
      {tree.length === 0 && creatingIn === null && (
        <p className="tree-empty">
          No files yet.{' '}
          {!readOnly && (
            <button type="button" className="link-button" onClick={() => setCreatingIn('')}>
              Create one
            </button>
          )}
        </p>
      )}
    </div>
  );
});
