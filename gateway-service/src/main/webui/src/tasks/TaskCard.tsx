import { Bot, Bug, Circle, FlaskConical, Network, RefreshCcw, Timer, Zap, type LucideIcon } from 'lucide-react';
import { Link } from 'react-router-dom';
import type { Task } from '../api/types';
import { DIFFICULTY_LABELS, TASK_TYPE_LABELS, label } from '../shared/format';
import { summaryOf } from './summaryOf';
import './tasks.css';

const TYPE_ICONS: Record<string, LucideIcon> = {
  code_generation: Zap,
  refactoring: RefreshCcw,
  bug_fix: Bug,
  system_design: Network,
  multi_agent: Bot,
  open_ended: FlaskConical,
};

export function DifficultyPill({ difficulty }: { difficulty: string }) {
  return <span className={`pill difficulty-${difficulty}`}>{label(DIFFICULTY_LABELS, difficulty)}</span>;
}

export function TaskTypePill({ taskType }: { taskType: string }) {
  const Icon = TYPE_ICONS[taskType] ?? Circle;
  return (
    <span className="pill pill-type">
      <Icon size={13} aria-hidden="true" /> {label(TASK_TYPE_LABELS, taskType)}
    </span>
  );
}

export function TaskCard({ task }: { task: Task }) {
  return (
    <Link to={`/tasks/${encodeURIComponent(task.id)}`} className="task-card" data-testid="task-card" data-task-id={task.id}>
      <div className="task-card-top">
        <TaskTypePill taskType={task.taskType} />
        <DifficultyPill difficulty={task.difficulty} />
      </div>
      <h3 className="task-card-title">{task.title}</h3>
      <p className="task-card-summary">{summaryOf(task.description)}</p>
      <div className="task-card-meta">
        <span className="task-card-time">
          <Timer size={13} aria-hidden="true" /> {task.timeLimitMinutes} min
        </span>
        {task.isDefault ? <span>Skills Lab task</span> : <span>Custom task</span>}
      </div>
    </Link>
  );
}
