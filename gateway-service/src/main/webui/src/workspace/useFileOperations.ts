import { useCallback, useState } from 'react';
import { api, toApiError } from '../api/client';
import type { FileEntry } from '../api/types';
import { useToast } from '../shared/useToast';
import type { FileSaver } from './FileSaver';
import { normalizePath, type TreeNode } from './fileTree';
import { disposeModel } from './monacoSetup';
import type { TrackingManager } from './TrackingManager';
import { movedPath, type useEditorTabs } from './useEditorTabs';

interface FileOperationsDeps {
  id: string;
  entries: FileEntry[] | null;
  saver: FileSaver;
  tracking: TrackingManager;
  refreshFiles: () => Promise<FileEntry[] | null>;
  editor: ReturnType<typeof useEditorTabs>;
}

/** Creating, renaming and deleting files from the tree; a deletion waits for the candidate's confirmation. */
export function useFileOperations({ id, entries, saver, tracking, refreshFiles, editor }: FileOperationsDeps) {
  const toast = useToast();
  const [pendingDelete, setPendingDelete] = useState<TreeNode | null>(null);
  const [deleting, setDeleting] = useState(false);
  const { tabs, openFile, closeTab, created, moved } = editor;

  const createFile = useCallback(
    async (rawPath: string) => {
      const path = normalizePath(rawPath);
      if (entries?.some((e) => normalizePath(e.path) === path)) throw new Error('A file with this name already exists.');
      try {
        await api.writeFile(id, path, '');
      } catch (err) {
        throw new Error(toApiError(err).detail || toApiError(err).title);
      }
      tracking.track('file_op', { op: 'create', path });
      created(path);
      await refreshFiles();
      openFile(path);
    },
    [created, entries, id, openFile, refreshFiles, tracking],
  );

  const renamePath = useCallback(
    async (oldPath: string, rawNewPath: string) => {
      const newPath = normalizePath(rawNewPath);
      if (newPath === oldPath) return;
      const affected = tabs.filter((p) => movedPath(p, oldPath, newPath) !== null);
      await Promise.all(affected.map((p) => saver.flush(p)));
      try {
        await api.renameFile(id, oldPath, newPath);
      } catch (err) {
        throw new Error(toApiError(err).detail || toApiError(err).title);
      }
      tracking.track('file_op', { op: 'rename', path: oldPath, newPath });
      for (const p of affected) {
        const target = movedPath(p, oldPath, newPath) ?? p;
        saver.rename(p, target);
        tracking.movePath(p, target);
        disposeModel(p);
      }
      moved(oldPath, newPath);
      await refreshFiles();
    },
    [id, moved, refreshFiles, saver, tabs, tracking],
  );

  const confirmDelete = useCallback(async () => {
    const node = pendingDelete;
    if (!node) return;
    setDeleting(true);
    try {
      await api.deleteFile(id, node.path);
      tracking.track('file_op', { op: 'delete', path: node.path });
      const gone = tabs.filter((p) => movedPath(p, node.path, node.path) !== null);
      gone.forEach((p) => {
        saver.forget(p);
        tracking.movePath(p, null);
        closeTab(p);
      });
      await refreshFiles();
      setPendingDelete(null);
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: `Could not delete ${node.name}`, detail: apiError.detail || apiError.title });
    } finally {
      setDeleting(false);
    }
  }, [closeTab, id, pendingDelete, refreshFiles, saver, tabs, toast, tracking]);

  return { createFile, renamePath, pendingDelete, setPendingDelete, deleting, confirmDelete };
}
