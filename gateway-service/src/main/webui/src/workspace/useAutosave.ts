import { useEffect, useMemo, useReducer } from 'react';
import { api } from '../api/client';
import { FileSaver } from './FileSaver';

/**
 * Saves edited files to the sandbox: debounced by the saver, at once on Ctrl/Cmd+S and when the workspace closes.
 * The component re-renders whenever a file's save state changes, so the save indicators follow.
 */
export function useAutosave(id: string): FileSaver {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const saver = useMemo(() => new FileSaver((path, content) => api.writeFile(id, path, content), { onChange: bump }), [id]);
  useEffect(() => () => void saver.flushAll(), [saver]);

  // Ctrl/Cmd+S outside the editor saves everything rather than the browser's "save page".
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saver.flushAll();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saver]);

  // Unsaved edits make the browser ask before leaving.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.overall() !== 'saved') {
        void saver.flushAll();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saver]);

  return saver;
}
