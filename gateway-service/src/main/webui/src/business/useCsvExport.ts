import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { BusinessCandidateQuery } from '../api/types';
import { useToast } from '../shared/useToast';
import { csvFileName } from './candidates';

/** Hands a file to the browser's downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export CSV": the list with its filters and order, every page; a toast says how it went. */
export function useCsvExport() {
  const toast = useToast();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async (query: Omit<BusinessCandidateQuery, 'page' | 'size'>) => {
    setExporting(true);
    try {
      const file = await api.exportCandidates(query);
      const name = csvFileName(file.fileName, query.taskId);
      saveBlob(file.blob, name);
      toast.show({ kind: 'success', title: 'Export ready', detail: `${name} was downloaded.` });
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The export failed', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setExporting(false);
    }
  };

  return { exporting, exportCsv };
}
