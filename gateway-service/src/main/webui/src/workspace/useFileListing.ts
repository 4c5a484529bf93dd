import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import type { FileEntry } from '../api/types';
import { FileRefreshScheduler } from './FileRefreshScheduler';
import { buildTree, sameListing } from './fileTree';

/**
 * The sandbox's file listing. Files also change outside the editor (terminal, runs): while the session is writable
 * the listing is polled and refreshed after commands, so the tree follows without a manual refresh.
 */
export function useFileListing(id: string, readOnly: boolean) {
  const [entries, setEntries] = useState<FileEntry[] | null>(null);
  const [filesError, setFilesError] = useState<ApiError | null>(null);
  const tree = useMemo(() => buildTree(entries ?? []), [entries]);

  const loadFiles = useCallback(async (): Promise<FileEntry[] | null> => {
    try {
      const { entries: list } = await api.listFiles(id);
      // An unchanged listing keeps the same array: the tree does not re-render on every poll.
      setEntries((current) => (sameListing(current, list) ? current : list));
      setFilesError(null);
      return list;
    } catch (err) {
      setFilesError(toApiError(err));
      return null;
    }
  }, [id]);

  const fileRefresh = useMemo(() => new FileRefreshScheduler(loadFiles), [loadFiles]);
  const refreshFiles = useCallback(() => fileRefresh.refresh(), [fileRefresh]);
  useEffect(() => {
    if (readOnly) return;
    fileRefresh.startPolling();
    const onVisibility = () => fileRefresh.visibilityChanged();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      fileRefresh.dispose();
    };
  }, [fileRefresh, readOnly]);

  return { entries, filesError, tree, fileRefresh, refreshFiles };
}
