import type { ReactNode } from 'react';
import { onTablistKeyDown } from '../shared/tablistKeys';

export type SideTab = 'files' | 'task' | 'notes';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'files', label: 'Files' },
  { id: 'task', label: 'Task' },
  { id: 'notes', label: 'Notes' },
];

export interface SidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  files: ReactNode;
  task: ReactNode;
  notes: ReactNode;
}

/** The left column: the file explorer, the task description and the candidate's notes. */
export function SidePanel({ tab, onTab, files, task, notes }: SidePanelProps) {
  return (
    <aside className="ws-side" aria-label="Files, task and notes">
      <div className="ws-left-tabs" role="tablist" aria-label="Side panel" onKeyDown={onTablistKeyDown}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : ''}
            onClick={() => onTab(id)}
            data-testid={`left-tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'files' ? files : tab === 'task' ? task : notes}
    </aside>
  );
}
