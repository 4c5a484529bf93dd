import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { X } from 'lucide-react';
import type { ApiError } from '../api/client';
import { Spinner } from '../shared/Spinner';
import type { SaveState } from './FileSaver';
import { baseName } from './fileTree';
import { detectLanguage } from './language';
import { modelUri, monaco } from './monacoSetup';

export interface Buffer {
  status: 'loading' | 'ready' | 'error';
  /** Content as read from the sandbox; the editor model holds the live text. */
  content: string;
  error?: ApiError;
}

export interface EditorPaneProps {
  tabs: string[];
  active: string | null;
  buffers: Record<string, Buffer>;
  saveState: (path: string) => SaveState;
  overall: SaveState;
  readOnly: boolean;
  /** Latest text of a file known to the saver (survives closing the model). */
  latestContent: (path: string) => string | undefined;
  onSelect: (path: string) => void;
  onClose: (path: string) => void;
  onChange: (path: string, content: string) => void;
  onSave: (path: string) => void;
  onRetryLoad: (path: string) => void;
  onCopy: (path: string, text: string) => void;
  onPaste: (path: string, text: string) => void;
}

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Save failed — retrying',
};

export function EditorPane(props: EditorPaneProps) {
  const { tabs, active, buffers, saveState, overall, readOnly, onSelect, onClose, onChange } = props;
  // Monaco's commands and listeners are registered once: they read the current tab and handlers from here.
  const activeRef = useRef<string | null>(active);
  const handlers = useRef(props);
  useLayoutEffect(() => {
    activeRef.current = active;
    handlers.current = props;
  });
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => {
      if (activeRef.current) handlers.current.onSave(activeRef.current);
    });
    editor.onDidPaste((event) => {
      const model = editor.getModel();
      const path = activeRef.current;
      if (!model || !path) return;
      handlers.current.onPaste(path, model.getValueInRange(event.range));
    });
    editor.focus();
  };

  // Copies out of the editor: Monaco lets the browser's copy event through to its container.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onCopyEvent = () => {
      const editor = editorRef.current;
      const model = editor?.getModel();
      const selection = editor?.getSelection();
      const path = activeRef.current;
      if (!editor || !model || !selection || !path) return;
      const text = selection.isEmpty()
        ? model.getLineContent(selection.startLineNumber)
        : model.getValueInRange(selection);
      handlers.current.onCopy(path, text);
    };
    container.addEventListener('copy', onCopyEvent, true);
    container.addEventListener('cut', onCopyEvent, true);
    return () => {
      container.removeEventListener('copy', onCopyEvent, true);
      container.removeEventListener('cut', onCopyEvent, true);
    };
  }, []);

  const tabsRef = useRef<HTMLDivElement>(null);
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const path = tabs[index];
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(path);
      editorRef.current?.focus();
      return;
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onClose(path);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    onSelect(tabs[next]);
    tabsRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  const buffer = active ? buffers[active] : undefined;
  const options = useMemo(
    () => ({
      fontSize: 14,
      minimap: { enabled: true },
      tabSize: 2,
      wordWrap: 'on' as const,
      automaticLayout: true,
      scrollBeyondLastLine: false,
      readOnly,
      readOnlyMessage: { value: 'The assessment is no longer in progress: files are read-only.' },
      renderWhitespace: 'selection' as const,
      smoothScrolling: true,
      padding: { top: 8 },
      ariaLabel: active ? `Editor: ${active}. Ctrl+M, then Tab, moves focus out of the editor.` : 'Editor',
    }),
    [readOnly, active],
  );

  return (
    <div className="editor-pane" ref={containerRef}>
      <div className="editor-tabs" role="tablist" aria-label="Open files" ref={tabsRef}>
        {tabs.map((path, index) => {
          const state = saveState(path);
          const selected = path === active || (active === null && index === 0);
          return (
            <div
              key={path}
              role="tab"
              aria-selected={path === active}
              // One tab stop for the tab row: the arrow keys move between tabs, Delete closes one.
              tabIndex={selected ? 0 : -1}
              className={`editor-tab${path === active ? ' active' : ''}`}
              title={path}
              data-testid="editor-tab"
              data-path={path}
              onClick={() => onSelect(path)}
              onKeyDown={(event) => onTabKey(event, index)}
              onAuxClick={(event) => event.button === 1 && onClose(path)}
            >
              <span className="editor-tab-name">{baseName(path)}</span>
              <span
                className={`tab-save tab-save-${state}`}
                data-testid="tab-save-status"
                data-state={state}
                title={SAVE_LABELS[state]}
                aria-label={SAVE_LABELS[state]}
              />
              {/* A tab may hold no other control: the mouse closes with this cross, the keyboard with Delete. */}
              <span
                className="editor-tab-close"
                aria-hidden="true"
                title={`Close ${baseName(path)} (Delete)`}
                data-testid="editor-tab-close"
                onClick={(event) => {
                  event.stopPropagation();
                  onClose(path);
                }}
              >
                <X size={14} aria-hidden="true" />
              </span>
            </div>
          );
        })}
        <div className="editor-tabs-fill" />
        <span className={`save-status save-status-${overall}`} data-testid="save-status" data-state={overall}>
          {SAVE_LABELS[overall]}
        </span>
      </div>
      {active && (
        <div className="editor-breadcrumb">
          <span>{active.split('/').join(' › ')}</span>
          <span className="editor-language">{detectLanguage(active)}</span>
          <span className="keyboard-hint" data-testid="editor-focus-hint">
            <kbd>Ctrl</kbd>+<kbd>M</kbd> then <kbd>Tab</kbd> leaves the editor
          </span>
          {readOnly && <span className="readonly-badge">Read-only</span>}
        </div>
      )}
      <div className="editor-body">
        {!active && (
          <div className="editor-empty" data-testid="editor-empty">
            <div className="editor-empty-logo" aria-hidden="true">
              {'</>'}
            </div>
            <p>Open a file from the explorer to start editing.</p>
            <p className="muted small">Ctrl/Cmd + S saves at once; edits are saved automatically.</p>
          </div>
        )}
        {active && buffer?.status === 'loading' && <Spinner label={`Opening ${baseName(active)}…`} />}
        {active && buffer?.status === 'error' && (
          <div className="editor-error" role="alert">
            <strong>{buffer.error?.title ?? 'The file could not be opened'}</strong>
            {buffer.error?.detail && <p>{buffer.error.detail}</p>}
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => props.onRetryLoad(active)}>
              Try again
            </button>
          </div>
        )}
        {active && buffer?.status === 'ready' && (
          <Editor
            key="workspace-editor"
            path={modelUri(active)}
            defaultValue={props.latestContent(active) ?? buffer.content}
            defaultLanguage={detectLanguage(active)}
            language={detectLanguage(active)}
            theme="vs-dark"
            keepCurrentModel
            onMount={onMount}
            onChange={(value) => {
              if (value !== undefined && activeRef.current) onChange(activeRef.current, value);
            }}
            loading={<Spinner label="Starting the editor…" />}
            options={options}
          />
        )}
      </div>
      <div className="sr-only" aria-live="polite">
        {overall === 'saved' ? 'All changes saved' : ''}
      </div>
    </div>
  );
}
