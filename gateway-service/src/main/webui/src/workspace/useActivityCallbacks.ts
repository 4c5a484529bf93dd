import { useCallback, useMemo } from 'react';
import type { ApiError } from '../api/client';
import type { FileEntry, RunResult } from '../api/types';
import { useToast } from '../shared/useToast';
import { ClipboardTracker, clip } from './clipboard';
import type { FileRefreshScheduler } from './FileRefreshScheduler';
import type { FileSaver } from './FileSaver';
import { isTestCommand, parseTestCounts } from './testRuns';
import type { TrackingManager } from './TrackingManager';

type Source = 'editor' | 'chat' | 'terminal';

interface ActivityDeps {
  tracking: TrackingManager;
  saver: FileSaver;
  readOnly: boolean;
  fileRefresh: FileRefreshScheduler<unknown>;
  refreshFiles: () => Promise<FileEntry[] | null>;
}

/**
 * What the editor, the chat, the terminal and the Run tab report as the candidate works: edits, copies and pastes
 * (with where a pasted text came from), commands and test runs, model switches.
 */
export function useActivityCallbacks({ tracking, saver, readOnly, fileRefresh, refreshFiles }: ActivityDeps) {
  const toast = useToast();
  const clipboard = useMemo(() => new ClipboardTracker(), []);

  const copied = useCallback(
    (source: Source, text: string, path?: string) => {
      clipboard.noteCopy(source, text);
      tracking.track('copy_paste', {
        direction: 'copy',
        source,
        ...(path === undefined ? {} : { path }),
        length: text.length,
        content: clip(text),
      });
    },
    [clipboard, tracking],
  );
  const pasted = useCallback(
    (target: Source, text: string, path?: string) =>
      tracking.track('copy_paste', {
        direction: 'paste',
        source: clipboard.originOf(text),
        target,
        ...(path === undefined ? {} : { path }),
        length: text.length,
        content: clip(text),
      }),
    [clipboard, tracking],
  );

  const onEditorChange = useCallback(
    (path: string, content: string) => {
      if (readOnly) return;
      saver.change(path, content);
      tracking.snapshot(path, content);
    },
    [readOnly, saver, tracking],
  );
  const onEditorCopy = useCallback((path: string, text: string) => copied('editor', text, path), [copied]);
  const onEditorPaste = useCallback((path: string, text: string) => pasted('editor', text, path), [pasted]);

  const onModelSwitch = useCallback((from: string, to: string) => tracking.track('model_switch', { from, to }), [tracking]);
  const onChatCopy = useCallback((text: string) => copied('chat', text), [copied]);
  const onChatPaste = useCallback((text: string) => pasted('chat', text), [pasted]);
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
  const onTerminalCopy = useCallback((text: string) => copied('terminal', text), [copied]);
  const onTerminalPaste = useCallback((text: string) => pasted('terminal', text), [pasted]);

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
  const beforeRun = useCallback(() => saver.flushAll(), [saver]);
  const onNote = useCallback((text: string) => tracking.track('note', { text }), [tracking]);

  return {
    editor: { onChange: onEditorChange, onCopy: onEditorCopy, onPaste: onEditorPaste },
    chat: { onModelSwitch, onCopy: onChatCopy, onPaste: onChatPaste, onRateLimited },
    terminal: { onCommand: onTerminalCommand, onOutput: onTerminalOutput, onCopy: onTerminalCopy, onPaste: onTerminalPaste },
    run: { beforeRun, onRan },
    onNote,
  };
}
