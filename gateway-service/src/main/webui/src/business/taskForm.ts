import type { ApiError } from '../api/client';
import type { Difficulty, TaskDetail, TaskInput, TaskType, TaskRuntime, HiddenTestRunner } from '../api/types';
import { splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';
import { configFromDraft, type EvaluationDraft } from './evaluation';

export const TASK_TYPES: readonly TaskType[] = [
  'code_generation',
  'refactoring',
  'bug_fix',
  'system_design',
  'multi_agent',
  'open_ended',
];
export const DIFFICULTIES: readonly Difficulty[] = ['basic', 'intermediate', 'advanced'];

export const MIN_TITLE = 3;
export const MAX_TITLE = 255;
export const MIN_MINUTES = 30;
export const MAX_MINUTES = 480;
export const MAX_DESCRIPTION = 100_000;

/** The details step as the inputs hold it (numbers and dates as typed). */
export interface TaskDetailsValues {
  title: string;
  description: string;
  taskType: TaskType;
  difficulty: Difficulty;
  timeLimitMinutes: string;
  isPublic: boolean;
  usesPlatformKeys: boolean;
  /** Empty: no limit. */
  maxAttempts: string;
  /** `datetime-local` values, in the browser's time zone; empty: no limit. */
  accessStartDate: string;
  accessEndDate: string;
  runtime: TaskRuntime;
  /** Empty: none. */
  visibleTestCommand: string;
  /** Whether the hidden suite runs when a session ends (with the runtime's standard runner). */
  runHiddenTests: boolean;
}

export type TaskField = keyof TaskDetailsValues;

export const TASK_LABELS: Record<TaskField, string> = {
  title: 'Title',
  description: 'Description',
  taskType: 'Task type',
  difficulty: 'Difficulty',
  timeLimitMinutes: 'Time limit',
  isPublic: 'Visibility',
  usesPlatformKeys: 'AI keys',
  maxAttempts: 'Attempts',
  accessStartDate: 'Available from',
  accessEndDate: 'Available until',
  runtime: 'Runtime',
  visibleTestCommand: 'Visible test command',
  runHiddenTests: 'Hidden tests',
};

/** The standard test runner of each runtime (the sandbox has no network; it offers the packages named in the labels). */
export const RUNTIMES: Record<TaskRuntime, { label: string; runner: HiddenTestRunner; visibleCommand: string }> = {
  python: { label: 'Python 3.11 (with pytest, FastAPI, SQLAlchemy)', runner: 'python-unittest', visibleCommand: 'python3 -m unittest discover -s tests -v' },
  node: { label: 'Node.js 20 (with React, Vite, Vitest, Express)', runner: 'node-test', visibleCommand: 'node --test tests/' },
};

export const NEW_TASK: TaskDetailsValues = {
  title: '',
  description: '',
  taskType: 'code_generation',
  difficulty: 'intermediate',
  timeLimitMinutes: '120',
  isPublic: false,
  usesPlatformKeys: true,
  maxAttempts: '1',
  accessStartDate: '',
  accessEndDate: '',
  runtime: 'python',
  visibleTestCommand: RUNTIMES.python.visibleCommand,
  runHiddenTests: true,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO instant as a `datetime-local` value in the browser's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function valuesFromTask(task: TaskDetail): TaskDetailsValues {
  return {
    title: task.title,
    description: task.description,
    taskType: task.taskType,
    difficulty: task.difficulty,
    timeLimitMinutes: String(task.timeLimitMinutes),
    isPublic: task.isPublic,
    usesPlatformKeys: task.usesPlatformKeys,
    maxAttempts: task.maxAttempts === null || task.maxAttempts === undefined ? '' : String(task.maxAttempts),
    accessStartDate: toLocalInput(task.accessStartDate),
    accessEndDate: toLocalInput(task.accessEndDate),
    runtime: task.runtime ?? 'python',
    visibleTestCommand: task.visibleTestCommand ?? '',
    runHiddenTests: (task.hiddenTestRunner ?? 'none') !== 'none',
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export function validateTaskDetails(values: TaskDetailsValues): FieldErrors<TaskField> {
  const errors: FieldErrors<TaskField> = {};
  const title = values.title.trim();
  if (title.length < MIN_TITLE || title.length > MAX_TITLE) {
    errors.title = `Use ${MIN_TITLE} to ${MAX_TITLE} characters.`;
  }
  if (!values.description.trim()) errors.description = 'Describe the task: what to build and how it is judged.';
  else if (values.description.length > MAX_DESCRIPTION) errors.description = `At most ${MAX_DESCRIPTION} characters.`;
  const minutes = wholeNumber(values.timeLimitMinutes);
  if (minutes === null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
    errors.timeLimitMinutes = `Enter whole minutes from ${MIN_MINUTES} to ${MAX_MINUTES}.`;
  }
  if (values.maxAttempts.trim()) {
    const attempts = wholeNumber(values.maxAttempts);
    if (attempts === null || attempts < 1) errors.maxAttempts = 'Enter 1 or more, or leave it empty for no limit.';
  }
  const start = values.accessStartDate ? fromLocalInput(values.accessStartDate) : null;
  const end = values.accessEndDate ? fromLocalInput(values.accessEndDate) : null;
  if (values.accessStartDate && !start) errors.accessStartDate = 'Enter a date and time.';
  if (values.accessEndDate && !end) errors.accessEndDate = 'Enter a date and time.';
  if (start && end && Date.parse(end) <= Date.parse(start)) {
    errors.accessEndDate = 'Must be after the start of the access window.';
  }
  return errors;
}

/** The body of POST/PUT /api/tasks: exactly the fields task-service accepts. Call on validated values only. */
export function taskPayload(values: TaskDetailsValues, draft: EvaluationDraft): TaskInput {
  const attempts = values.maxAttempts.trim();
  return {
    title: values.title.trim(),
    description: values.description,
    taskType: values.taskType,
    difficulty: values.difficulty,
    timeLimitMinutes: Number(values.timeLimitMinutes.trim()),
    isPublic: values.isPublic,
    usesPlatformKeys: values.usesPlatformKeys,
    maxAttempts: attempts ? Number(attempts) : null,
    accessStartDate: fromLocalInput(values.accessStartDate),
    accessEndDate: fromLocalInput(values.accessEndDate),
    runtime: values.runtime,
    visibleTestCommand: values.visibleTestCommand.trim() || null,
    hiddenTestRunner: values.runHiddenTests ? RUNTIMES[values.runtime].runner : 'none',
    evaluationConfig: configFromDraft(draft),
  };
}

/**
 * A 400 from task-service names fields like `title` or `evaluationConfig.categoryWeights.planning`: the first go
 * under their inputs, the evaluation ones to the scoring step, anything else above the buttons.
 */
export function taskServerErrors(error: ApiError): {
  fields: FieldErrors<TaskField>;
  evaluation: string[];
  general: string[];
} {
  const split = splitFieldErrors(error, TASK_LABELS);
  const evaluation: string[] = [];
  const general: string[] = [];
  for (const message of split.general) {
    if (message.startsWith('evaluationConfig')) evaluation.push(message.replace(/^evaluationConfig\.?/, ''));
    else general.push(message);
  }
  return { fields: split.fields, evaluation, general };
}
