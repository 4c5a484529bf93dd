import { useCallback, useEffect, useRef, useState } from 'react';
import { api, toApiError } from '../api/client';
import type { FileEntry } from '../api/types';
import type { Buffer } from './EditorPane';
import type { FileSaver } from './FileSaver';
import { buildTree, filePaths } from './fileTree';
import { disposeModel } from './monacoSetup';
import type { SideTab } from './SidePanel';
import type { TrackingManager } from './TrackingManager';

const tabsKey = (id: string) => `skillslab.tabs.${id}`;

function restoreTabs(id: string): { tabs: string[]; active: string | null } {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(tabsKey(id)) ?? 'null') as { tabs?: unknown; active?: unknown } | null;
    const tabs = Array.isArray(parsed?.tabs) ? parsed.tabs.filter((t): t is string => typeof t === 'string') : [];
    const active = typeof parsed?.active === 'string' ? parsed.active : null;
    return { tabs, active };
  } catch {
    return { tabs: [], active: null };
  }
}

/** Replaces `old` (a file or folder) by `next` at the start of `path`. */
export function movedPath(path: string, old: string, next: string): string | null {
  if (path === old) return next;
  if (path.startsWith(`${old}/`)) return `${next}${path.slice(old.length)}`;
  return null;
}

interface EditorTabsDeps {
  id: string;
  saver: FileSaver;
  tracking: TrackingManager;
  refreshFiles: () => Promise<FileEntry[] | null>;
}

/**
 * The open files: their tabs, the active one and their loaded contents. The tabs of a session survive a reload of
 * the page (session storage); a first visit opens the README.
 */
export function useEditorTabs({ id, saver, tracking, refreshFiles }: EditorTabsDeps) {
  const [tabs, setTabs] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [buffers, setBuffers] = useState<Record<string, Buffer>>({});
  const [sideTab, setSideTab] = useState<SideTab>('files');
  const restored = useRef(false);

  const buffersRef = useRef(buffers);
  buffersRef.current = buffers;

  const loadBuffer = useCallback(
    async (path: string) => {
      buffersRef.current = { ...buffersRef.current, [path]: { status: 'loading', content: '' } };
      setBuffers((b) => ({ ...b, [path]: { status: 'loading', content: '' } }));
      try {
        const file = await api.readFile(id, path);
        saver.loaded(path, file.content);
        setBuffers((b) => ({ ...b, [path]: { status: 'ready', content: file.content } }));
      } catch (err) {
        setBuffers((b) => ({ ...b, [path]: { status: 'error', content: '', error: toApiError(err) } }));
      }
    },
    [id, saver],
  );

  const openFile = useCallback(
    (path: string, options: { track?: boolean } = {}) => {
      setTabs((list) => (list.includes(path) ? list : [...list, path]));
      setActive(path);
      setSideTab('files');
      if (options.track !== false) tracking.track('file_open', { path });
      const buffer = buffersRef.current[path];
      if (!buffer || buffer.status === 'error') void loadBuffer(path);
    },
    [loadBuffer, tracking],
  );

  useEffect(() => {
    void refreshFiles().then((list) => {
      if (!list || restored.current) return;
      restored.current = true;
      const files = new Set(filePaths(buildTree(list)));
      const previous = restoreTabs(id);
      const tabsToOpen = previous.tabs.filter((p) => files.has(p));
      if (tabsToOpen.length > 0) {
        tabsToOpen.forEach((p) => void loadBuffer(p));
        setTabs(tabsToOpen);
        setActive(previous.active && tabsToOpen.includes(previous.active) ? previous.active : tabsToOpen[0]);
      } else {
        const first = [...files].find((p) => /^readme\.md$/i.test(p)) ?? [...files][0];
        if (first) openFile(first, { track: false });
      }
    });
  }, [id, refreshFiles, loadBuffer, openFile]);

  useEffect(() => {
    if (restored.current) sessionStorage.setItem(tabsKey(id), JSON.stringify({ tabs, active }));
  }, [id, tabs, active]);

  const closeTab = useCallback(
    (path: string) => {
      void saver.flush(path);
      setTabs((list) => {
        const index = list.indexOf(path);
        const next = list.filter((p) => p !== path);
        setActive((current) => (current === path ? (next[Math.min(index, next.length - 1)] ?? null) : current));
        return next;
      });
      setBuffers((b) => {
        const next = { ...b };
        delete next[path];
        return next;
      });
      disposeModel(path);
    },
    [saver],
  );

  /** A file just created, empty: it opens without a read. */
  const created = useCallback(
    (path: string) => {
      saver.loaded(path, '');
      setBuffers((b) => ({ ...b, [path]: { status: 'ready', content: '' } }));
    },
    [saver],
  );

  /** A file or folder renamed: its open tabs follow, with their unsaved contents. */
  const moved = useCallback(
    (oldPath: string, newPath: string) => {
      setTabs((list) => list.map((p) => movedPath(p, oldPath, newPath) ?? p));
      setActive((current) => (current ? (movedPath(current, oldPath, newPath) ?? current) : current));
      setBuffers((b) => {
        const next: Record<string, Buffer> = {};
        for (const [p, buffer] of Object.entries(b)) {
          const target = movedPath(p, oldPath, newPath);
          next[target ?? p] = target ? { ...buffer, content: saver.content(target) ?? buffer.content } : buffer;
        }
        return next;
      });
    },
    [saver],
  );

  /** The file chosen among the open tabs. */
  const select = useCallback(
    (path: string) => {
      setActive(path);
      tracking.track('file_open', { path });
    },
    [tracking],
  );

  return { tabs, active, buffers, sideTab, setSideTab, loadBuffer, openFile, closeTab, created, moved, select };
}
