import { Bot, Bug, Circle, FlaskConical, Network, RefreshCcw, Timer, Zap, type LucideIcon } from 'lucide-react';
import { Link } from 'react-router-dom';
import type { Task } from '../api/types';
import { DIFFICULTY_LABELS, TASK_TYPE_LABELS, label } from '../shared/format';
import './tasks.css';

const TYPE_ICONS: Record<string, LucideIcon> = {
  code_generation: Zap,
  refactoring: RefreshCcw,
  bug_fix: Bug,
  system_design: Network,
  multi_agent: Bot,
  open_ended: FlaskConical,
};

/** First paragraph of the markdown description, as plain text, for a card. */
export function summaryOf(markdown: string, max = 160): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/^#+\s.*$/gm, '')
        .replace(/^\s*(?:[-*+]|\d+\.|>)\s+/gm, '')
        // Emphasis and code marks go; an underscore inside a name (todo_api) stays.
        .replace(/[*`]/g, '')
        .replace(/(?<!\w)_+|_+(?!\w)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const first = paragraphs[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

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
