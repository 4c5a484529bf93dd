import type { AssessmentStatus, Difficulty, TaskType } from '../api/types';

export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  code_generation: 'Code generation',
  refactoring: 'Refactoring',
  bug_fix: 'Bug fix',
  system_design: 'System design',
  multi_agent: 'Multi-agent',
  open_ended: 'Open-ended',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  basic: 'Basic',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  pending: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  scoring: 'Scoring',
  scored: 'Scored',
  failed: 'Failed',
  abandoned: 'Abandoned',
};

export const CATEGORY_LABELS: Record<string, string> = {
  planning: 'Planning & Task Decomposition',
  prompt_engineering: 'Prompt Engineering',
  tool_orchestration: 'Tool Orchestration',
  outcome_quality: 'Outcome Quality',
};

/** The 16 built-in subitems of the scoring model. */
export const SUBITEM_LABELS: Record<string, string> = {
  task_breakdown: 'Task breakdown',
  time_estimation: 'Time estimation',
  milestone_definition: 'Milestone definition',
  problem_understanding: 'Problem understanding',
  clarity_specificity: 'Clarity & specificity',
  context_management: 'Context management',
  iteration_efficiency: 'Iteration efficiency',
  error_recovery: 'Error recovery',
  tool_selection: 'Tool selection',
  multi_tool_coordination: 'Multi-tool coordination',
  workflow_efficiency: 'Workflow efficiency',
  resource_utilization: 'Resource utilization',
  correctness: 'Correctness',
  code_quality: 'Code quality',
  documentation: 'Documentation',
  edge_case_handling: 'Edge-case handling',
};

/** `prompt_engineering` → `Prompt engineering`, for keys without a label of their own. */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function label<K extends string>(map: Record<K, string>, key: string): string {
  return (map as Record<string, string>)[key] ?? humanize(key);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Scores arrive with two decimals; one is enough on screen. Rounded half up on the decimal digits (52.55 → 52.6), as
 * the emails and the PDF report round, not on the binary value `toFixed` sees (which gives 52.5).
 */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  const rounded = Math.round(Number(`${score}e1`)) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
