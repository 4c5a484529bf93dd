import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import type { Assessment } from '../api/types';
import { ErrorState } from '../shared/ErrorState';
import { Markdown } from '../shared/Markdown';
import { Spinner } from '../shared/Spinner';
import { BottomPanel } from './BottomPanel';
import { ChatPanel } from './ChatPanel';
import { DeleteFileDialog } from './DeleteFileDialog';
import { EditorPane } from './EditorPane';
import { FileTree } from './FileTree';
import { NotesPanel } from './NotesPanel';
import { RunPanel } from './RunPanel';
import { runSuggestions } from './runSuggestions';
import { SkipLink } from '../shared/SkipLink';
import { SidePanel } from './SidePanel';
import { SubmitDialog } from './SubmitDialog';
import { TerminalPanel } from './TerminalPanel';
import { useActivityCallbacks } from './useActivityCallbacks';
import { useAutosave } from './useAutosave';
import { useEditorTabs } from './useEditorTabs';
import { useFileListing } from './useFileListing';
import { useFileOperations } from './useFileOperations';
import { useSessionClock } from './useSessionClock';
import { useSubmission } from './useSubmission';
import { useTracking } from './useTracking';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceLayout } from './WorkspaceLayout';

/** The candidate's session: files and editor, terminal and Run tab, AI chat, the clock and submitting. */
export function Workspace({ assessment }: { assessment: Assessment }) {
  const id = assessment.id;
  const tracking = useTracking(id);
  const saver = useAutosave(id);
  const { remaining, expired } = useSessionClock(assessment);
  const submission = useSubmission({ id, initialStatus: assessment.status, expired, saver, tracking });
  const readOnly = submission.status !== 'in_progress' || expired;

  const { entries, filesError, tree, fileRefresh, refreshFiles } = useFileListing(id, readOnly);
  const editor = useEditorTabs({ id, saver, tracking, refreshFiles });
  const files = useFileOperations({ id, entries, saver, tracking, refreshFiles, editor });
  const activity = useActivityCallbacks({ tracking, saver, readOnly, fileRefresh, refreshFiles });

  const getToken = useCallback(() => api.accessToken(), []);
  const onRefreshTree = useCallback(() => void refreshFiles(), [refreshFiles]);
  const { openFile } = editor;
  const onOpenFromTree = useCallback((path: string) => openFile(path), [openFile]);
  const visibleTestCommand = assessment.task.visibleTestCommand;
  const suggestions = useMemo(() => runSuggestions(entries ?? [], visibleTestCommand), [entries, visibleTestCommand]);
  const chatHistory = useMemo(() => assessment.chatHistory ?? [], [assessment.chatHistory]);
  const overall = saver.overall();

  return (
    <div className="ws" data-testid="workspace">
      <SkipLink target="ws-columns">Skip to the workspace</SkipLink>
      <WorkspaceHeader
        task={assessment.task}
        attemptNumber={assessment.attemptNumber}
        remaining={remaining}
        readOnly={readOnly}
        submitting={submission.submitting}
        onSubmit={submission.openDialog}
      />
      {readOnly && (
        <div className="ws-banner" role="status">
          {expired ? 'Time is up — your work is being submitted.' : 'This assessment is no longer in progress; files are read-only.'}
        </div>
      )}

      <WorkspaceLayout
        files={
          <SidePanel
            tab={editor.sideTab}
            onTab={editor.setSideTab}
            files={
              <div className="ws-left-body">
                {entries === null && !filesError && <Spinner label="Loading files…" size="sm" />}
                {entries === null && filesError && (
                  <ErrorState compact error={filesError} title="Files unavailable" onRetry={onRefreshTree} />
                )}
                {entries !== null && (
                  <FileTree
                    tree={tree}
                    active={editor.active}
                    readOnly={readOnly}
                    stale={filesError !== null}
                    onOpen={onOpenFromTree}
                    onCreate={files.createFile}
                    onRename={files.renamePath}
                    onDelete={files.setPendingDelete}
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
                <NotesPanel assessmentId={id} readOnly={readOnly} onNote={activity.onNote} />
              </div>
            }
          />
        }
        editor={
          <EditorPane
            tabs={editor.tabs}
            active={editor.active}
            buffers={editor.buffers}
            saveState={(path) => saver.state(path)}
            overall={overall}
            readOnly={readOnly}
            latestContent={(path) => saver.content(path)}
            onSelect={editor.select}
            onClose={editor.closeTab}
            onChange={activity.editor.onChange}
            onSave={(path) => void saver.flush(path)}
            onRetryLoad={(path) => void editor.loadBuffer(path)}
            onCopy={activity.editor.onCopy}
            onPaste={activity.editor.onPaste}
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
                {...activity.terminal}
              />
            )}
            run={<RunPanel assessmentId={id} readOnly={readOnly} suggestions={suggestions} {...activity.run} />}
          />
        )}
        chat={<ChatPanel assessmentId={id} history={chatHistory} readOnly={readOnly} {...activity.chat} />}
      />

      <SubmitDialog
        open={submission.confirmOpen}
        busy={submission.submitting}
        remaining={remaining}
        unsaved={overall !== 'saved'}
        notes={submission.notes}
        error={submission.submitError}
        onNotes={submission.setNotes}
        onCancel={submission.closeDialog}
        onConfirm={() => void submission.submit(false)}
      />
      <DeleteFileDialog
        node={files.pendingDelete}
        busy={files.deleting}
        onCancel={() => files.setPendingDelete(null)}
        onConfirm={() => void files.confirmDelete()}
      />
    </div>
  );
}
