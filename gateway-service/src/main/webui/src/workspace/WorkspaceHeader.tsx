import { Link } from 'react-router-dom';
import { Button } from '../shared/Button';
import { Clock } from 'lucide-react';
import { DIFFICULTY_LABELS, label } from '../shared/format';
import type { AssessmentTask } from '../api/types';
import { formatRemaining, timerTone } from './countdown';

export interface WorkspaceHeaderProps {
  task: AssessmentTask;
  attemptNumber: number;
  remaining: number | null;
  readOnly: boolean;
  submitting: boolean;
  onSubmit: () => void;
}

export function WorkspaceHeader({ task, attemptNumber, remaining, readOnly, submitting, onSubmit }: WorkspaceHeaderProps) {
  const tone = remaining === null ? 'normal' : timerTone(remaining);
  return (
    <header className="ws-header">
      <Link to="/dashboard" className="ws-logo" title="Back to the dashboard (your work is saved)">
        <img src="/favicon.svg" alt="Skills Lab" width={22} height={22} />
      </Link>
      <div className="ws-task">
        <span className="ws-task-title" data-testid="workspace-task-title">
          {task.title}
        </span>
        <span className="ws-task-meta">
          {label(DIFFICULTY_LABELS, task.difficulty)} · attempt #{attemptNumber} · {task.timeLimitMinutes} min
        </span>
      </div>
      <div className={`ws-timer ws-timer-${tone}`} data-testid="timer" data-tone={tone} role="timer" aria-live="off">
        <Clock size={15} className="ws-timer-icon" aria-hidden="true" />
        <span className="ws-timer-value">{remaining === null ? '--:--' : formatRemaining(remaining)}</span>
        <span className="ws-timer-label">{tone === 'expired' ? 'time is up' : 'left'}</span>
      </div>
      <Button
        variant="primary"
        onClick={onSubmit}
        loading={submitting}
        disabled={readOnly && !submitting}
        data-testid="submit-assessment"
      >
        Submit
      </Button>
    </header>
  );
}
