import { useState, type ReactNode } from 'react';
import { ChevronDown, ChevronUp, Play, SquareTerminal } from 'lucide-react';
import { onTablistKeyDown } from '../shared/tablistKeys';
import { TERMINAL_HINT_ID } from './terminalKeys';
import type { BottomControls } from './WorkspaceLayout';

export type BottomTab = 'terminal' | 'run';

export interface BottomPanelProps extends BottomControls {
  /** The terminal, told whether it can be seen (it fits itself to its box when it can). */
  terminal: (visible: boolean) => ReactNode;
  run: ReactNode;
}

/** Terminal and Run tabs under the editor; collapses to its tab bar. */
export function BottomPanel({ open, setOpen, terminal, run }: BottomPanelProps) {
  const [tab, setTab] = useState<BottomTab>('terminal');
  const select = (next: BottomTab) => {
    setTab(next);
    setOpen(true);
  };
  return (
    <section className="ws-bottom-inner" aria-label="Terminal and run" data-open={open ? 'true' : 'false'}>
      <div className="ws-bottom-bar">
        <div className="ws-bottom-tabs" role="tablist" aria-label="Terminal or run" onKeyDown={onTablistKeyDown}>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'terminal'}
            tabIndex={tab === 'terminal' ? 0 : -1}
            className={tab === 'terminal' ? 'active' : ''}
            onClick={() => select('terminal')}
            data-testid="bottom-tab-terminal"
          >
            <SquareTerminal size={14} aria-hidden="true" />
            Terminal
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'run'}
            tabIndex={tab === 'run' ? 0 : -1}
            className={tab === 'run' ? 'active' : ''}
            onClick={() => select('run')}
            data-testid="bottom-tab-run"
          >
            <Play size={13} aria-hidden="true" />
            Run
          </button>
        </div>
        <span className="keyboard-hint" id={TERMINAL_HINT_ID} hidden={!open || tab !== 'terminal'} data-testid="terminal-focus-hint">
          Press <kbd>Esc</kbd> then <kbd>Tab</kbd> to leave the terminal
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={() => setOpen(!open)}
          aria-label={open ? 'Collapse panel' : 'Expand panel'}
          title={open ? 'Collapse panel' : 'Expand panel'}
          aria-expanded={open}
          data-testid="toggle-bottom-panel"
        >
          {open ? <ChevronDown size={16} aria-hidden="true" /> : <ChevronUp size={16} aria-hidden="true" />}
        </button>
      </div>
      <div className="ws-bottom-body" hidden={!open}>
        <div className="ws-bottom-pane" hidden={tab !== 'terminal'}>
          {terminal(open && tab === 'terminal')}
        </div>
        <div className="ws-bottom-pane" hidden={tab !== 'run'}>
          {run}
        </div>
      </div>
    </section>
  );
}
