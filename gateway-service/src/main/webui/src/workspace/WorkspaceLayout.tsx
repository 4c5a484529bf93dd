import { useCallback, useState, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { COLUMN_PANELS, ROW_PANELS, workspaceLayoutStorage } from './layoutStorage';

/** Height of the bottom panel's tab bar: what stays visible when the panel is collapsed. */
export const BOTTOM_BAR_PX = 34;

export interface BottomControls {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export interface WorkspaceLayoutProps {
  files: ReactNode;
  editor: ReactNode;
  bottom: (controls: BottomControls) => ReactNode;
  chat: ReactNode;
}

const [FILES, MAIN, CHAT] = COLUMN_PANELS;
const [EDITOR, BOTTOM] = ROW_PANELS;

// Panels fill their slot; the content inside scrolls where it needs to (tree, chat, output).
const FILL = { overflow: 'hidden' } as const;

/**
 * The IDE's resizable frame: files | editor over terminal | chat. Separators can be dragged or
 * moved with the arrow keys (double-click resets); sizes are remembered across reloads.
 */
export function WorkspaceLayout({ files, editor, bottom, chat }: WorkspaceLayoutProps) {
  const [storage] = useState(() => workspaceLayoutStorage());
  // Only what the candidate chose is remembered: a window resize or the collapse button is not a size to keep.
  const columns = useDefaultLayout({ id: 'skillslab.workspace.columns', storage, onlySaveAfterUserInteractions: true });
  const rows = useDefaultLayout({ id: 'skillslab.workspace.rows', storage, onlySaveAfterUserInteractions: true });
  const bottomRef = usePanelRef();
  const [bottomOpen, setBottomOpenState] = useState(true);

  const setBottomOpen = useCallback(
    (open: boolean) => {
      const panel = bottomRef.current;
      if (!panel) return;
      if (open && panel.isCollapsed()) panel.expand();
      if (!open && !panel.isCollapsed()) panel.collapse();
    },
    [bottomRef],
  );
  const onBottomResize = useCallback(() => setBottomOpenState(!(bottomRef.current?.isCollapsed() ?? false)), [bottomRef]);

  return (
    <Group
      id="ws-columns"
      className="ws-body"
      // The workspace's main landmark; the skip link moves focus here.
      role="main"
      aria-label="Workspace"
      orientation="horizontal"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
    >
      <Panel id={FILES} className="ws-slot ws-left" style={FILL} defaultSize={260} minSize={170} maxSize="40%" groupResizeBehavior="preserve-pixel-size">
        {files}
      </Panel>
      <Separator className="ws-separator" data-testid="separator-files" aria-label="Resize the files panel" />
      <Panel id={MAIN} className="ws-slot" style={FILL} minSize={320}>
        <Group
          id="ws-rows"
          className="ws-main"
          orientation="vertical"
          defaultLayout={rows.defaultLayout}
          onLayoutChanged={rows.onLayoutChanged}
        >
          <Panel id={EDITOR} className="ws-slot ws-center" style={FILL} minSize={120}>
            {editor}
          </Panel>
          <Separator className="ws-separator" data-testid="separator-bottom" aria-label="Resize the terminal panel" />
          <Panel
            id={BOTTOM}
            className="ws-slot ws-bottom"
            style={FILL}
            panelRef={bottomRef}
            defaultSize={280}
            minSize={120}
            collapsible
            collapsedSize={BOTTOM_BAR_PX}
            groupResizeBehavior="preserve-pixel-size"
            onResize={onBottomResize}
          >
            {/* setOpen reads the panel's ref only when the bottom panel's buttons call it, never while rendering. */}
            {/* eslint-disable-next-line react-hooks/refs */}
            {bottom({ open: bottomOpen, setOpen: setBottomOpen })}
          </Panel>
        </Group>
      </Panel>
      <Separator className="ws-separator" data-testid="separator-chat" aria-label="Resize the AI assistant panel" />
      <Panel id={CHAT} className="ws-slot ws-right" style={FILL} defaultSize={390} minSize={290} maxSize="55%" groupResizeBehavior="preserve-pixel-size">
        {chat}
      </Panel>
    </Group>
  );
}
