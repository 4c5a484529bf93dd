import type { Difficulty, TaskRuntime, TaskType } from '../api/types';
import { FormField } from '../shared/FormField';
import { inputProps } from '../shared/inputProps';
import type { FieldErrors } from '../shared/fieldErrors';
import { DIFFICULTY_LABELS, TASK_TYPE_LABELS } from '../shared/format';
import { Markdown } from '../shared/Markdown';
import {
  DIFFICULTIES,
  MAX_MINUTES,
  MAX_TITLE,
  MIN_MINUTES,
  RUNTIMES,
  TASK_TYPES,
  type TaskDetailsValues,
  type TaskField,
} from './taskForm';

const DESCRIPTION_TEMPLATE = `## Task Description

What the candidate builds, and why.

## Requirements

1. …
2. …

## Evaluation Focus

- How the candidate plans with AI
- How they verify what the AI produced
`;

/** Title, description (Markdown with a live preview), type, difficulty, time, attempts, access window, flags. */
export function TaskDetailsStep({
  values,
  errors,
  onChange,
  disabled = false,
}: {
  values: TaskDetailsValues;
  errors: FieldErrors<TaskField>;
  onChange: <K extends TaskField>(field: K, value: TaskDetailsValues[K]) => void;
  disabled?: boolean;
}) {
  const input = (field: TaskField, hint = false) => inputProps(`task-${field}`, errors[field], hint);
  return (
    <fieldset className="details-step" disabled={disabled} data-testid="details-step">
      <div className="card">
        <div className="form-grid">
          <FormField id="task-title" label="Title" error={errors.title} className="span-2" hint={`3 to ${MAX_TITLE} characters.`}>
            <input
              {...input('title', true)}
              value={values.title}
              maxLength={MAX_TITLE + 20}
              onChange={(e) => onChange('title', e.target.value)}
              placeholder="e.g. Build a rate-limited REST API with AI assistance"
              data-testid="task-title-input"
            />
          </FormField>
          <FormField id="task-taskType" label="Task type" error={errors.taskType}>
            <select {...input('taskType')} value={values.taskType} onChange={(e) => onChange('taskType', e.target.value as TaskType)} data-testid="task-type-select">
              {TASK_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TASK_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="task-difficulty" label="Difficulty" error={errors.difficulty}>
            <select
              {...input('difficulty')}
              value={values.difficulty}
              onChange={(e) => onChange('difficulty', e.target.value as Difficulty)}
              data-testid="task-difficulty-select"
            >
              {DIFFICULTIES.map((difficulty) => (
                <option key={difficulty} value={difficulty}>
                  {DIFFICULTY_LABELS[difficulty]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="task-timeLimitMinutes" label="Time limit (minutes)" error={errors.timeLimitMinutes} hint={`${MIN_MINUTES} to ${MAX_MINUTES}.`}>
            <input
              {...input('timeLimitMinutes', true)}
              type="number"
              inputMode="numeric"
              min={MIN_MINUTES}
              max={MAX_MINUTES}
              step={5}
              value={values.timeLimitMinutes}
              onChange={(e) => onChange('timeLimitMinutes', e.target.value)}
              data-testid="task-time-limit"
            />
          </FormField>
          <FormField id="task-maxAttempts" label="Attempts per candidate" error={errors.maxAttempts} hint="Empty for no limit.">
            <input
              {...input('maxAttempts', true)}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={values.maxAttempts}
              placeholder="No limit"
              onChange={(e) => onChange('maxAttempts', e.target.value)}
              data-testid="task-max-attempts"
            />
          </FormField>
          <FormField id="task-accessStartDate" label="Available from (optional)" error={errors.accessStartDate}>
            <input
              {...input('accessStartDate')}
              type="datetime-local"
              value={values.accessStartDate}
              onChange={(e) => onChange('accessStartDate', e.target.value)}
              data-testid="task-access-start"
            />
          </FormField>
          <FormField id="task-accessEndDate" label="Available until (optional)" error={errors.accessEndDate}>
            <input
              {...input('accessEndDate')}
              type="datetime-local"
              value={values.accessEndDate}
              min={values.accessStartDate || undefined}
              onChange={(e) => onChange('accessEndDate', e.target.value)}
              data-testid="task-access-end"
            />
          </FormField>
          <FormField id="task-runtime" label="Sandbox runtime" error={errors.runtime} hint="No network: the standard library plus pytest, FastAPI, Pydantic, SQLAlchemy (Python) or React, Vite, Vitest, TypeScript, Express (Node).">
            <select
              {...input('runtime')}
              value={values.runtime}
              onChange={(e) => {
                const runtime = e.target.value as TaskRuntime;
                // Keep a command the business typed; swap only the runtime's default.
                if (values.visibleTestCommand === RUNTIMES[values.runtime].visibleCommand) {
                  onChange('visibleTestCommand', RUNTIMES[runtime].visibleCommand);
                }
                onChange('runtime', runtime);
              }}
              data-testid="task-runtime"
            >
              {(Object.keys(RUNTIMES) as TaskRuntime[]).map((runtime) => (
                <option key={runtime} value={runtime}>
                  {RUNTIMES[runtime].label}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            id="task-visibleTestCommand"
            label="Visible test command (optional)"
            error={errors.visibleTestCommand}
            hint="What candidates run for the tests they can see."
          >
            <input
              {...input('visibleTestCommand')}
              value={values.visibleTestCommand}
              placeholder={RUNTIMES[values.runtime].visibleCommand}
              onChange={(e) => onChange('visibleTestCommand', e.target.value)}
              data-testid="task-visible-test-command"
            />
          </FormField>
          <div className="span-2 flags">
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={values.runHiddenTests}
                onChange={(e) => onChange('runHiddenTests', e.target.checked)}
                data-testid="task-run-hidden-tests"
              />
              <span>
                Run the hidden test suite when a session ends
                <small>
                  Files you upload as hidden under <code>hidden_tests/</code> run with{' '}
                  {values.runtime === 'python' ? 'Python’s unittest' : 'node --test'}; their pass rate scores correctness.
                </small>
              </span>
            </label>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={values.usesPlatformKeys}
                onChange={(e) => onChange('usesPlatformKeys', e.target.checked)}
                data-testid="task-platform-keys"
              />
              <span>
                Skills Lab provides the AI models
                <small>Off: candidates bring their own AI provider key.</small>
              </span>
            </label>
          </div>
        </div>
      </div>

      <div className="card description-card">
        <div className="description-head">
          <label htmlFor="task-description" className="strong">
            Description <span className="muted small">(Markdown)</span>
          </label>
          {!values.description.trim() && !disabled && (
            <button type="button" className="link-button small" onClick={() => onChange('description', DESCRIPTION_TEMPLATE)} data-testid="use-template">
              Start from a template
            </button>
          )}
        </div>
        <div className="description-editor">
          <div className={`form-field ${errors.description ? 'has-error' : ''}`}>
            <textarea
              {...input('description')}
              value={values.description}
              onChange={(e) => onChange('description', e.target.value)}
              placeholder="## Task Description&#10;&#10;What should the candidate build?"
              spellCheck
              data-testid="task-description-input"
            />
            {errors.description && (
              <span className="field-error" id="task-description-error" role="alert" data-testid="task-description-error">
                {errors.description}
              </span>
            )}
          </div>
          <div className="description-preview" aria-label="Preview" data-testid="description-preview">
            <span className="preview-label">Preview</span>
            {values.description.trim() ? (
              <Markdown>{values.description}</Markdown>
            ) : (
              <p className="muted small">The description as candidates will read it appears here.</p>
            )}
          </div>
        </div>
      </div>
    </fieldset>
  );
}
