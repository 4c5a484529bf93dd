import { CircleCheck, Plus, RotateCcw, Trash, TriangleAlert, X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import type { EvaluationDefaults, TaskType } from '../api/types';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { SUBITEM_LABELS, TASK_TYPE_LABELS, label } from '../shared/format';
import {
  LEVELS,
  LEVEL_LABELS,
  MAX_CUSTOM_CATEGORIES,
  MAX_CUSTOM_SUBITEMS,
  SIGNALS,
  boundaryRange,
  categoryTotal,
  draftForTaskType,
  moveBoundary,
  newCustomCategory,
  newCustomSubitem,
  subitemTotal,
  toSnakeCase,
  validateDraft,
  type DraftCategory,
  type DraftProblem,
  type DraftSubitem,
  type EvaluationDraft,
  type Level,
} from './evaluation';

// Dark enough for the white percentages written on them (4.5:1 or more).
const PALETTE = ['#4f46e5', '#0e7490', '#b45309', '#15803d', '#be185d', '#7c3aed', '#c2410c', '#0f766e', '#4d7c0f', '#c81e1e'];

function parseWeight(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function WeightInput({
  value,
  onChange,
  ariaLabel,
  testId,
  invalid,
}: {
  value: number;
  onChange: (weight: number) => void;
  ariaLabel: string;
  testId: string;
  invalid?: boolean;
}) {
  return (
    <span className="weight-input">
      <input
        className="input"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        value={Number.isNaN(value) ? '' : value}
        aria-label={ariaLabel}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(parseWeight(event.target.value))}
        data-testid={testId}
      />
      <span aria-hidden="true">%</span>
    </span>
  );
}

function Total({ total, testId, what }: { total: number; testId: string; what: string }) {
  const ok = total === 100;
  return (
    <span className={`weight-total ${ok ? 'ok' : 'bad'}`} data-testid={testId} data-valid={ok} aria-live="polite">
      {ok ? <CircleCheck size={14} aria-hidden="true" /> : <TriangleAlert size={14} aria-hidden="true" />} {what} total <strong>{total}</strong> / 100
    </span>
  );
}

/** A bound edited as text and applied on Enter or leaving the field, so typing "55" never passes through "5". */
function BoundInput({
  value,
  disabled,
  range,
  onCommit,
  ariaLabel,
  testId,
}: {
  value: number;
  disabled: boolean;
  range: { min: number; max: number };
  onCommit: (value: number) => void;
  ariaLabel: string;
  testId: string;
}) {
  const [text, setText] = useState(String(value));
  // A new value from outside replaces what is being typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const parsed = Number(text);
    if (text.trim() === '' || !Number.isFinite(parsed)) setText(String(value));
    else onCommit(parsed);
  };
  return (
    <input
      className="input level-input"
      type="number"
      inputMode="numeric"
      min={range.min}
      max={range.max}
      step={1}
      value={text}
      disabled={disabled}
      aria-label={ariaLabel}
      title={disabled ? undefined : `${range.min}–${range.max}`}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
      }}
      data-testid={testId}
    />
  );
}

function LevelEditor({ draft, onChange }: { draft: EvaluationDraft; onChange: (draft: EvaluationDraft) => void }) {
  const { levels } = draft;
  const move = (level: Level, edge: 'min' | 'max', value: number) => onChange({ ...draft, levels: moveBoundary(levels, level, edge, value) });
  return (
    <section className="card eval-section" aria-labelledby="levels-heading" data-testid="level-editor">
      <div className="eval-section-head">
        <div>
          <h2 id="levels-heading">Proficiency levels</h2>
          <p className="muted small">
            Score bands from 0 to 100. Moving one boundary moves its neighbour, so every score has exactly one level.
          </p>
        </div>
      </div>
      <div className="level-bar" aria-hidden="true">
        {LEVELS.map((level) => (
          <span
            key={level}
            className={`level-segment level-${level}`}
            style={{ flexGrow: Math.max(1, levels[level].max - levels[level].min + 1) }}
          >
            {LEVEL_LABELS[level]}
          </span>
        ))}
      </div>
      <table className="level-table">
        <tbody>
          {LEVELS.map((level, index) => (
            <tr key={level} data-testid="level-row" data-level={level}>
              <th scope="row">
                <span className={`level-dot level-${level}`} aria-hidden="true" /> {LEVEL_LABELS[level]}
              </th>
              <td>
                <BoundInput
                  value={levels[level].min}
                  disabled={index === 0}
                  range={boundaryRange(levels, level, 'min')}
                  onCommit={(value) => move(level, 'min', value)}
                  ariaLabel={`${LEVEL_LABELS[level]} from`}
                  testId="level-min"
                />
              </td>
              <td className="muted">to</td>
              <td>
                <BoundInput
                  value={levels[level].max}
                  disabled={index === LEVELS.length - 1}
                  range={boundaryRange(levels, level, 'max')}
                  onCommit={(value) => move(level, 'max', value)}
                  ariaLabel={`${LEVEL_LABELS[level]} up to`}
                  testId="level-max"
                />
              </td>
              <td className="muted small level-width">{levels[level].max - levels[level].min + 1} points</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function problemFor(problems: DraftProblem[], target: string): string | undefined {
  return problems.find((p) => p.target === target)?.message;
}

function CustomSubitemRow({
  category,
  subitem,
  index,
  problems,
  onChange,
  onRemove,
}: {
  category: DraftCategory;
  subitem: DraftSubitem;
  index: number;
  problems: DraftProblem[];
  onChange: (next: DraftSubitem, keyTouched: boolean) => void;
  onRemove: () => void;
}) {
  const [keyTouched, setKeyTouched] = useState(subitem.name.trim() !== '' && toSnakeCase(subitem.name) !== subitem.key);
  const id = `sub-${subitem.uid}`;
  return (
    <div className="custom-subitem" data-testid="custom-subitem" data-key={subitem.key}>
      <div className="custom-subitem-grid">
        <label className="form-field">
          <span className="mini-label">Subitem name</span>
          <input
            className="input"
            value={subitem.name}
            aria-invalid={problemFor(problems, `${subitem.uid}.name`) ? true : undefined}
            onChange={(e) => {
              const name = e.target.value;
              onChange({ ...subitem, name, key: keyTouched ? subitem.key : toSnakeCase(name) || subitem.key }, keyTouched);
            }}
            placeholder={`e.g. Input validation`}
            data-testid="custom-subitem-name"
            id={`${id}-name`}
          />
        </label>
        <label className="form-field">
          <span className="mini-label">Key</span>
          <input
            className="input mono"
            value={subitem.key}
            aria-invalid={problemFor(problems, `${subitem.uid}.key`) ? true : undefined}
            onChange={(e) => {
              setKeyTouched(true);
              onChange({ ...subitem, key: e.target.value }, true);
            }}
            data-testid="custom-subitem-key"
          />
        </label>
        <label className="form-field">
          <span className="mini-label">Scored from the evidence of</span>
          <select
            className="input"
            value={subitem.signal}
            onChange={(e) => onChange({ ...subitem, signal: e.target.value }, keyTouched)}
            data-testid="custom-subitem-signal"
          >
            {SIGNALS.map((signal) => (
              <option key={signal} value={signal}>
                {label(SUBITEM_LABELS, signal)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="mini-label">Weight</span>
          <WeightInput
            value={subitem.weight}
            onChange={(weight) => onChange({ ...subitem, weight }, keyTouched)}
            ariaLabel={`Weight of subitem ${index + 1} of ${category.name || category.key}`}
            testId="subitem-weight"
            invalid={Boolean(problemFor(problems, `${subitem.uid}.weight`))}
          />
        </label>
        <label className="form-field span-all">
          <span className="mini-label">What it looks for</span>
          <input
            className="input"
            value={subitem.description}
            aria-invalid={problemFor(problems, `${subitem.uid}.description`) ? true : undefined}
            onChange={(e) => onChange({ ...subitem, description: e.target.value }, keyTouched)}
            placeholder="What a strong candidate does here"
            data-testid="custom-subitem-description"
          />
        </label>
      </div>
      <button
        type="button"
        className="icon-button remove-subitem"
        onClick={onRemove}
        aria-label={`Remove subitem ${index + 1}`}
        title="Remove this subitem"
        data-testid="remove-subitem"
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

function CategoryCard({
  category,
  color,
  problems,
  onChange,
  onRemove,
}: {
  category: DraftCategory;
  color: string;
  problems: DraftProblem[];
  onChange: (next: DraftCategory) => void;
  onRemove: () => void;
}) {
  const [keyTouched, setKeyTouched] = useState(!category.builtIn && category.name.trim() !== '');
  const total = subitemTotal(category);
  const updateSubitem = (index: number, next: DraftSubitem) =>
    onChange({ ...category, subitems: category.subitems.map((sub, i) => (i === index ? next : sub)) });
  return (
    <div
      className={`category-card ${category.builtIn ? '' : 'custom'}`}
      style={{ borderLeftColor: color }}
      data-testid="category-card"
      data-key={category.key}
      data-builtin={category.builtIn}
    >
      <div className="category-head">
        {category.builtIn ? (
          <h3 className="category-name">{category.name}</h3>
        ) : (
          <div className="custom-category-fields">
            <span className="custom-badge">Custom category</span>
            <div className="custom-category-grid">
              <label className="form-field">
                <span className="mini-label">Name</span>
                <input
                  className="input"
                  value={category.name}
                  aria-invalid={problemFor(problems, `${category.uid}.name`) ? true : undefined}
                  onChange={(e) => {
                    const name = e.target.value;
                    onChange({ ...category, name, key: keyTouched ? category.key : toSnakeCase(name) || category.key });
                  }}
                  placeholder="e.g. Security awareness"
                  data-testid="custom-category-name"
                />
              </label>
              <label className="form-field">
                <span className="mini-label">Key (snake_case)</span>
                <input
                  className="input mono"
                  value={category.key}
                  aria-invalid={problemFor(problems, `${category.uid}.key`) ? true : undefined}
                  onChange={(e) => {
                    setKeyTouched(true);
                    onChange({ ...category, key: e.target.value });
                  }}
                  data-testid="custom-category-key"
                />
              </label>
              <label className="form-field span-all">
                <span className="mini-label">Description</span>
                <input
                  className="input"
                  value={category.description}
                  aria-invalid={problemFor(problems, `${category.uid}.description`) ? true : undefined}
                  onChange={(e) => onChange({ ...category, description: e.target.value })}
                  placeholder="What this category measures"
                  data-testid="custom-category-description"
                />
              </label>
            </div>
          </div>
        )}
        <div className="category-weight">
          <span className="mini-label">Category weight</span>
          <WeightInput
            value={category.weight}
            onChange={(weight) => onChange({ ...category, weight })}
            ariaLabel={`Weight of ${category.name || category.key}`}
            testId="category-weight"
            invalid={Boolean(problemFor(problems, `${category.uid}.weight`))}
          />
        </div>
        {!category.builtIn && (
          <button
            type="button"
            className="icon-button remove-category"
            onClick={onRemove}
            aria-label={`Remove the category ${category.name || category.key}`}
            title="Remove this category"
            data-testid="remove-category"
          >
            <Trash size={16} aria-hidden="true" />
          </button>
        )}
      </div>
      {category.builtIn ? (
        <div className="subitem-grid">
          {category.subitems.map((sub, index) => (
            <label key={sub.uid} className="subitem-row" data-testid="subitem-row" data-key={sub.key}>
              <span className="subitem-label">{sub.name}</span>
              <WeightInput
                value={sub.weight}
                onChange={(weight) => updateSubitem(index, { ...sub, weight })}
                ariaLabel={`${sub.name} weight in ${category.name}`}
                testId="subitem-weight"
                invalid={Boolean(problemFor(problems, `${sub.uid}.weight`))}
              />
            </label>
          ))}
        </div>
      ) : (
        <div className="custom-subitems">
          {category.subitems.map((sub, index) => (
            <CustomSubitemRow
              key={sub.uid}
              category={category}
              subitem={sub}
              index={index}
              problems={problems}
              onChange={(next) => updateSubitem(index, next)}
              onRemove={() => onChange({ ...category, subitems: category.subitems.filter((_, i) => i !== index) })}
            />
          ))}
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onChange({ ...category, subitems: [...category.subitems, newCustomSubitem(category)] })}
            disabled={category.subitems.length >= MAX_CUSTOM_SUBITEMS}
            icon={<Plus size={14} aria-hidden="true" />}
            data-testid="add-subitem"
          >
            Add subitem
          </Button>
        </div>
      )}
      {category.subitems.length > 0 && (
        <div className="category-foot">
          <Total total={total} testId="subitem-total" what="Subitem" />
        </div>
      )}
    </div>
  );
}

/**
 * Category weights (built-in and custom), each category's subitem weights, and the level bands. The parent owns the
 * draft; `validateDraft` tells it whether saving is allowed.
 */
export function EvaluationEditor({
  draft,
  taskType,
  defaults,
  onChange,
  serverErrors = [],
}: {
  draft: EvaluationDraft;
  taskType: TaskType;
  /** task-service's default config of each task type, for "Reset to the defaults". */
  defaults: EvaluationDefaults;
  onChange: (draft: EvaluationDraft) => void;
  serverErrors?: string[];
}) {
  const [confirmReset, setConfirmReset] = useState(false);
  const problems = validateDraft(draft);
  const total = categoryTotal(draft);
  const customCount = draft.categories.filter((c) => !c.builtIn).length;
  const colors = new Map(draft.categories.map((category, i) => [category.uid, PALETTE[i % PALETTE.length]]));

  const updateCategory = (uid: string, next: DraftCategory) =>
    onChange({ ...draft, categories: draft.categories.map((c) => (c.uid === uid ? next : c)) });

  return (
    <div className="evaluation-editor" data-testid="evaluation-editor" data-valid={problems.length === 0}>
      <section className="card eval-section" aria-labelledby="weights-heading">
        <div className="eval-section-head">
          <div>
            <h2 id="weights-heading">Category weights</h2>
            <p className="muted small">How much each category counts in the final score. They must add up to 100.</p>
          </div>
          <div className="eval-head-actions">
            <Total total={total} testId="category-total" what="Category" />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setConfirmReset(true)}
              icon={<RotateCcw size={14} aria-hidden="true" />}
              data-testid="reset-defaults"
            >
              Reset to the defaults for {TASK_TYPE_LABELS[taskType]}
            </Button>
          </div>
        </div>
        <div className="weight-stack" aria-hidden="true">
          {draft.categories
            .filter((c) => Number.isFinite(c.weight) && c.weight > 0)
            .map((category) => (
              <span
                key={category.uid}
                style={{ flexGrow: category.weight, background: colors.get(category.uid) }}
                title={`${category.name || category.key}: ${category.weight}%`}
              >
                {category.weight >= 8 ? `${category.weight}%` : ''}
              </span>
            ))}
          {total < 100 && <span className="weight-stack-gap" style={{ flexGrow: 100 - total }} />}
        </div>
        <div className="category-list">
          {draft.categories.map((category) => (
            <CategoryCard
              key={category.uid}
              category={category}
              color={colors.get(category.uid) ?? PALETTE[0]}
              problems={problems}
              onChange={(next) => updateCategory(category.uid, next)}
              onRemove={() => onChange({ ...draft, categories: draft.categories.filter((c) => c.uid !== category.uid) })}
            />
          ))}
        </div>
        <div className="add-category">
          <Button
            onClick={() => onChange({ ...draft, categories: [...draft.categories, newCustomCategory(draft)] })}
            disabled={customCount >= MAX_CUSTOM_CATEGORIES}
            icon={<Plus size={16} aria-hidden="true" />}
            data-testid="add-custom-category"
          >
            Add custom category
          </Button>
          <span className="muted small">
            A custom category scores what matters to you from the evidence of built-in subitems (up to {MAX_CUSTOM_CATEGORIES}).
          </span>
        </div>
      </section>

      <LevelEditor draft={draft} onChange={onChange} />

      {(problems.length > 0 || serverErrors.length > 0) && (
        <div className="form-errors eval-problems" role="status" data-testid="evaluation-problems">
          <strong>{serverErrors.length > 0 ? 'The server refused the scoring setup:' : 'To save, fix the scoring setup:'}</strong>
          <ul>
            {serverErrors.map((message) => (
              <li key={`server-${message}`}>{message}</li>
            ))}
            {problems.map((problem, index) => (
              <li key={`${problem.target}-${index}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}

      <ConfirmDialog
        open={confirmReset}
        title={`Reset to the defaults for ${TASK_TYPE_LABELS[taskType]}?`}
        confirmLabel="Reset"
        onConfirm={() => {
          onChange(draftForTaskType(defaults, taskType));
          setConfirmReset(false);
        }}
        onCancel={() => setConfirmReset(false)}
        confirmTestId="confirm-reset-defaults"
      >
        <p>
          Equal category weights, the subitem weights of this task type and the standard levels. Custom categories are
          removed.
        </p>
      </ConfirmDialog>
    </div>
  );
}
