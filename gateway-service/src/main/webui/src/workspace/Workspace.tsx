import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import type { Assessment, FileEntry, RunResult } from '../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorState } from '../shared/ErrorState';
import { Markdown } from '../shared/Markdown';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { ChatPanel } from './ChatPanel';
import { BottomPanel } from './BottomPanel';
import { ClipboardTracker, clip } from './clipboard';
import { warningMessage } from './countdown';
import { EditorPane, type Buffer } from './EditorPane';
import { FileRefreshScheduler } from './FileRefreshScheduler';
import { FileSaver } from './FileSaver';
import { FileTree } from './FileTree';
import { buildTree, filePaths, normalizePath, sameListing, type TreeNode } from './fileTree';
import { disposeModel } from './monacoSetup';
import { NotesPanel } from './NotesPanel';
import { RunPanel } from './RunPanel';
import { runSuggestions } from './runSuggestions';
import { SidePanel, type SideTab } from './SidePanel';
import { TerminalPanel } from './TerminalPanel';
import { isTestCommand, parseTestCounts } from './testRuns';
import { TrackingManager } from './TrackingManager';
import { useCountdown } from './useCountdown';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceLayout } from './WorkspaceLayout';

/** Failed tracking batches are kept for the next flush only when the server may take them later. */
function retryableTracking(error: unknown): boolean {
  const status = toApiError(error).status;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

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
function movedPath(path: string, old: string, next: string): string | null {
  if (path === old) return next;
  if (path.startsWith(`${old}/`)) return `${next}${path.slice(old.length)}`;
  return null;
}

export function Workspace({ assessment }: { assessment: Assessment }) {
  const id = assessment.id;
  const navigate = useNavigate();
  const toast = useToast();
  const [status, setStatus] = useState(assessment.status);
  const [, bump] = useReducer((n: number) => n + 1, 0);

  // --- tracking and saving -------------------------------------------------------------------
  const tracking = useMemo(
    () =>
      new TrackingManager((events, { keepalive }) => api.track(id, events, { keepalive }), {
        isRetryable: retryableTracking,
        persist: { storage: sessionStorage, key: `skillslab.tracking.${id}` },
      }),
    [id],
  );
  useEffect(() => {
    tracking.start();
    return () => tracking.stop();
  }, [tracking]);

  const saver = useMemo(() => new FileSaver((path, content) => api.writeFile(id, path, content), { onChange: bump }), [id]);
  useEffect(() => () => void saver.flushAll(), [saver]);

  const clipboard = useMemo(() => new ClipboardTracker(), []);

  // --- timer ---------------------------------------------------------------------------------
  // The deadline is the server's; correct for a client clock that is clearly off (the Date
  // header has one-second resolution, so smaller differences are noise).
  const clockOffset = useMemo(() => (Math.abs(api.serverTimeOffsetMs) > 2000 ? api.serverTimeOffsetMs : 0), []);
  const remaining = useCountdown(
    assessment.deadline,
    clockOffset,
    `skillslab.warnings.${id}`,
    useCallback(
      (minutes: number, left: number) =>
        toast.show({
          kind: minutes <= 5 ? 'error' : 'warning',
          title: warningMessage(minutes, left),
          detail: 'Your work is submitted automatically when the time is up.',
          durationMs: 10_000,
        }),
      [toast],
    ),
  );
  const expired = remaining !== null && remaining <= 0;
  const readOnly = status !== 'in_progress' || expired;

  // --- files ---------------------------------------------------------------------------------
  const [entries, setEntries] = useState<FileEntry[] | null>(null);
  const [filesError, setFilesError] = useState<ApiError | null>(null);
  const [tabs, setTabs] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [buffers, setBuffers] = useState<Record<string, Buffer>>({});
  const [leftTab, setLeftTab] = useState<SideTab>('files');
  const [pendingDelete, setPendingDelete] = useState<TreeNode | null>(null);
  const [deleting, setDeleting] = useState(false);
  const restored = useRef(false);
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

  // Files also change outside the editor (terminal, runs): the tree follows without a manual refresh.
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
      setLeftTab('files');
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
      saver.loaded(path, '');
      setBuffers((b) => ({ ...b, [path]: { status: 'ready', content: '' } }));
      await refreshFiles();
      openFile(path);
    },
    [entries, id, openFile, refreshFiles, saver, tracking],
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
        const moved = movedPath(p, oldPath, newPath) ?? p;
        saver.rename(p, moved);
        tracking.movePath(p, moved);
        disposeModel(p);
      }
      setTabs((list) => list.map((p) => movedPath(p, oldPath, newPath) ?? p));
      setActive((current) => (current ? (movedPath(current, oldPath, newPath) ?? current) : current));
      setBuffers((b) => {
        const next: Record<string, Buffer> = {};
        for (const [p, buffer] of Object.entries(b)) {
          const moved = movedPath(p, oldPath, newPath);
          next[moved ?? p] = moved ? { ...buffer, content: saver.content(moved) ?? buffer.content } : buffer;
        }
        return next;
      });
      await refreshFiles();
    },
    [id, refreshFiles, saver, tabs, tracking],
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

  // --- editor events -------------------------------------------------------------------------
  const onEditorChange = useCallback(
    (path: string, content: string) => {
      if (readOnly) return;
      saver.change(path, content);
      tracking.snapshot(path, content);
    },
    [readOnly, saver, tracking],
  );

  const onEditorCopy = useCallback(
    (path: string, text: string) => {
      clipboard.noteCopy('editor', text);
      tracking.track('copy_paste', { direction: 'copy', source: 'editor', path, length: text.length, content: clip(text) });
    },
    [clipboard, tracking],
  );

  const onEditorPaste = useCallback(
    (path: string, text: string) => {
      tracking.track('copy_paste', {
        direction: 'paste',
        source: clipboard.originOf(text),
        target: 'editor',
        path,
        length: text.length,
        content: clip(text),
      });
    },
    [clipboard, tracking],
  );

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

  // --- focus ---------------------------------------------------------------------------------
  useEffect(() => {
    let focused = document.visibilityState === 'visible' && document.hasFocus();
    const update = () => {
      const now = document.visibilityState === 'visible' && document.hasFocus();
      if (now !== focused) {
        focused = now;
        tracking.track('focus_change', { focused: now });
      }
    };
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, [tracking]);

  // --- chat, terminal and run hooks ----------------------------------------------------------
  const onModelSwitch = useCallback((from: string, to: string) => tracking.track('model_switch', { from, to }), [tracking]);
  const onChatCopy = useCallback(
    (text: string) => {
      clipboard.noteCopy('chat', text);
      tracking.track('copy_paste', { direction: 'copy', source: 'chat', length: text.length, content: clip(text) });
    },
    [clipboard, tracking],
  );
  const onChatPaste = useCallback(
    (text: string) =>
      tracking.track('copy_paste', {
        direction: 'paste',
        source: clipboard.originOf(text),
        target: 'chat',
        length: text.length,
        content: clip(text),
      }),
    [clipboard, tracking],
  );
  const onRateLimited = useCallback(
    (error: ApiError) =>
      toast.show({
        kind: 'warning',
        title: 'Slow down a little',
        detail:
          error.retryAfterSeconds !== undefined
            ? `The AI assistant accepts more messages in ${error.retryAfterSeconds} s.`
            : error.detail || 'Too many requests to the AI assistant.',
      }),
    [toast],
  );
  const onTerminalCommand = useCallback(
    (command: string) => {
      tracking.track('terminal_command', { command });
      fileRefresh.commandEntered();
    },
    [fileRefresh, tracking],
  );
  const onTerminalOutput = useCallback(() => fileRefresh.output(), [fileRefresh]);
  const onTerminalCopy = useCallback(
    (text: string) => {
      clipboard.noteCopy('terminal', text);
      tracking.track('copy_paste', { direction: 'copy', source: 'terminal', length: text.length, content: clip(text) });
    },
    [clipboard, tracking],
  );
  const onTerminalPaste = useCallback(
    (text: string) =>
      tracking.track('copy_paste', {
        direction: 'paste',
        source: clipboard.originOf(text),
        target: 'terminal',
        length: text.length,
        content: clip(text),
      }),
    [clipboard, tracking],
  );
  const onRan = useCallback(
    (command: string, result: RunResult) => {
      if (isTestCommand(command)) {
        tracking.track('test_run', {
          command,
          exitCode: result.exitCode,
          durationMs: result.durationMs,
          ...parseTestCounts(`${result.stdout}\n${result.stderr}`),
        });
      } else {
        tracking.track('terminal_command', { command });
      }
      void refreshFiles();
    },
    [refreshFiles, tracking],
  );
  const getToken = useCallback(() => api.accessToken(), []);
  const onNote = useCallback((text: string) => tracking.track('note', { text }), [tracking]);
  const onOpenFromTree = useCallback((path: string) => openFile(path), [openFile]);
  const onRefreshTree = useCallback(() => void refreshFiles(), [refreshFiles]);
  const beforeRun = useCallback(() => saver.flushAll(), [saver]);
  const visibleTestCommand = assessment.task.visibleTestCommand;
  const suggestions = useMemo(() => runSuggestions(entries ?? [], visibleTestCommand), [entries, visibleTestCommand]);
  const chatHistory = useMemo(() => assessment.chatHistory ?? [], [assessment.chatHistory]);

  // --- submit --------------------------------------------------------------------------------
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [notes, setNotes] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const autoSubmitted = useRef(false);

  const submit = useCallback(
    async (auto: boolean) => {
      setSubmitting(true);
      setSubmitError(null);
      const saved = await saver.flushAll();
      if (!saved && !auto) {
        setSubmitting(false);
        setSubmitError(
          toApiError(new Error('Some files could not be saved to the workspace. Check your connection and try again.')),
        );
        return;
      }
      tracking.takeAllSnapshots();
      await tracking.flush();
      try {
        await api.submitAssessment(id, notes.trim() || undefined);
        setStatus('submitted');
        tracking.stop();
        navigate(`/results/${encodeURIComponent(id)}`, { replace: true });
      } catch (err) {
        const apiError = toApiError(err);
        if (apiError.status === 409) {
          // Already submitted (or expired and submitted by the server): the results page knows.
          navigate(`/results/${encodeURIComponent(id)}`, { replace: true });
          return;
        }
        setSubmitError(apiError);
        setSubmitting(false);
        if (auto) setConfirmOpen(true);
      }
    },
    [id, navigate, notes, saver, tracking],
  );

  useEffect(() => {
    if (expired && status === 'in_progress' && !autoSubmitted.current) {
      autoSubmitted.current = true;
      toast.show({ kind: 'warning', title: 'Time is up', detail: 'Submitting your work…', durationMs: 8000 });
      void submit(true);
    }
  }, [expired, status, submit, toast]);

  const overall = saver.overall();

  return (
    <div className="ws" data-testid="workspace">
      <WorkspaceHeader
        task={assessment.task}
        attemptNumber={assessment.attemptNumber}
        remaining={remaining}
        readOnly={readOnly}
        submitting={submitting}
        onSubmit={() => {
          setSubmitError(null);
          setConfirmOpen(true);
        }}
      />
      {readOnly && (
        <div className="ws-banner" role="status">
          {expired ? 'Time is up — your work is being submitted.' : 'This assessment is no longer in progress; files are read-only.'}
        </div>
      )}

      <WorkspaceLayout
        files={
          <SidePanel
            tab={leftTab}
            onTab={setLeftTab}
            files={
              <div className="ws-left-body">
                {entries === null && !filesError && <Spinner label="Loading files…" size="sm" />}
                {entries === null && filesError && (
                  <ErrorState compact error={filesError} title="Files unavailable" onRetry={onRefreshTree} />
                )}
                {entries !== null && (
                  <FileTree
                    tree={tree}
                    active={active}
                    readOnly={readOnly}
                    stale={filesError !== null}
                    onOpen={onOpenFromTree}
                    onCreate={createFile}
                    onRename={renamePath}
                    onDelete={setPendingDelete}
                    onRefresh={onRefreshTree}
                  />
                )}
              </div>
            }
            task={
              <div className="ws-left-body ws-task-description" data-testid="task-description">
                <h2>{assessment.task.title}</h2>
                <Markdown className="markdown-dark">{assessment.task.description}</Markdown>
              </div>
            }
            notes={
              <div className="ws-left-body">
                <NotesPanel assessmentId={id} readOnly={readOnly} onNote={onNote} />
              </div>
            }
          />
        }
        editor={
          <EditorPane
            tabs={tabs}
            active={active}
            buffers={buffers}
            saveState={(path) => saver.state(path)}
            overall={overall}
            readOnly={readOnly}
            latestContent={(path) => saver.content(path)}
            onSelect={(path) => {
              setActive(path);
              tracking.track('file_open', { path });
            }}
            onClose={closeTab}
            onChange={onEditorChange}
            onSave={(path) => void saver.flush(path)}
            onRetryLoad={(path) => void loadBuffer(path)}
            onCopy={onEditorCopy}
            onPaste={onEditorPaste}
          />
        }
        bottom={(controls) => (
          <BottomPanel
            {...controls}
            terminal={(visible) => (
              <TerminalPanel
                socketPath={`/ws/sandbox/${encodeURIComponent(id)}/terminal`}
                getToken={getToken}
                readOnly={readOnly}
                visible={visible}
                onCommand={onTerminalCommand}
                onOutput={onTerminalOutput}
                onCopy={onTerminalCopy}
                onPaste={onTerminalPaste}
              />
            )}
            run={
              <RunPanel assessmentId={id} readOnly={readOnly} beforeRun={beforeRun} onRan={onRan} suggestions={suggestions} />
            }
          />
        )}
        chat={
          <ChatPanel
            assessmentId={id}
            history={chatHistory}
            readOnly={readOnly}
            onModelSwitch={onModelSwitch}
            onCopy={onChatCopy}
            onPaste={onChatPaste}
            onRateLimited={onRateLimited}
          />
        }
      />

      <ConfirmDialog
        open={confirmOpen}
        title="Submit your assessment?"
        confirmLabel="Submit now"
        busy={submitting}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => void submit(false)}
        confirmTestId="confirm-submit"
      >
        <p>
          Your files will be saved and scored as they are now. You cannot edit them after submitting.
          {remaining !== null && remaining > 0 && ' Time is still left on the clock.'}
        </p>
        <label className="field">
          <span>Notes for the reviewer (optional)</span>
          <textarea
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            rows={3}
            maxLength={4000}
            placeholder="Anything you want to add about your approach…"
            data-testid="submit-notes"
          />
        </label>
        {overall !== 'saved' && <p className="muted small">Unsaved changes will be saved first.</p>}
        {submitError && <ErrorState compact error={submitError} title="Submission failed" />}
      </ConfirmDialog>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={`Delete ${pendingDelete?.name ?? ''}?`}
        confirmLabel="Delete"
        danger
        busy={deleting}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => void confirmDelete()}
        confirmTestId="confirm-delete"
      >
        <p>
          {pendingDelete?.type === 'directory'
            ? 'The folder and everything in it will be removed from your workspace.'
            : 'The file will be removed from your workspace.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
