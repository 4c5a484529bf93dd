// The scoring model a business edits for its task: category weights, subitem weights, level bands and custom
// categories. Pure functions: the editor component only renders what these compute. The rules mirror
// task-service's EvaluationConfigValidator, so that the form refuses what the server would refuse. The default
// config of each task type is task-service's (GET /api/tasks/evaluation-defaults, see useEvaluationDefaults).
import type { CustomCategory, EvaluationConfig, EvaluationDefaults, LevelBand, TaskType } from '../api/types';
import { CATEGORY_LABELS, SUBITEM_LABELS } from '../shared/format';

export const BUILT_IN_CATEGORIES = ['planning', 'prompt_engineering', 'tool_orchestration', 'outcome_quality'] as const;
export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];

export const BUILT_IN_SUBITEMS: Record<BuiltInCategory, readonly string[]> = {
  planning: ['task_breakdown', 'time_estimation', 'milestone_definition', 'problem_understanding'],
  prompt_engineering: ['clarity_specificity', 'context_management', 'iteration_efficiency', 'error_recovery'],
  tool_orchestration: ['tool_selection', 'multi_tool_coordination', 'workflow_efficiency', 'resource_utilization'],
  outcome_quality: ['correctness', 'code_quality', 'documentation', 'edge_case_handling'],
};

/** Every built-in subitem: the evidence a custom subitem may be scored from. */
export const SIGNALS: readonly string[] = BUILT_IN_CATEGORIES.flatMap((category) => BUILT_IN_SUBITEMS[category]);

export const LEVELS = ['explorer', 'operator', 'architect', 'innovator'] as const;
export type Level = (typeof LEVELS)[number];
export type LevelThresholds = Record<Level, LevelBand>;

export const LEVEL_LABELS: Record<Level, string> = {
  explorer: 'Explorer',
  operator: 'Operator',
  architect: 'Architect',
  innovator: 'Innovator',
};

export const MAX_CUSTOM_CATEGORIES = 6;
export const MAX_CUSTOM_SUBITEMS = 8;
export const MAX_KEY_LENGTH = 40;
export const MAX_NAME_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 1000;
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

// ---- the editable form of a config ---------------------------------------------------------

export interface DraftSubitem {
  /** Stable while the key is edited. */
  uid: string;
  key: string;
  name: string;
  description: string;
  /** For custom subitems: the built-in subitem whose evidence scores it. */
  signal: string;
  weight: number;
}

export interface DraftCategory {
  uid: string;
  builtIn: boolean;
  key: string;
  name: string;
  description: string;
  weight: number;
  subitems: DraftSubitem[];
}

export interface EvaluationDraft {
  categories: DraftCategory[];
  levels: LevelThresholds;
}

let uidCounter = 0;
function uid(prefix: string): string {
  uidCounter += 1;
  return `${prefix}-${uidCounter}`;
}

function weightOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The editor's model of a stored config; a missing or empty config means `defaults`, the task type's. */
export function draftFromConfig(config: EvaluationConfig | null | undefined, defaults: EvaluationConfig): EvaluationDraft {
  const source = config && Object.keys(config.categoryWeights ?? {}).length > 0 ? config : defaults;
  const categoryWeights = source.categoryWeights ?? {};
  const subitemWeights = source.subitemWeights ?? {};
  const categories: DraftCategory[] = BUILT_IN_CATEGORIES.map((key) => ({
    uid: key,
    builtIn: true,
    key,
    name: CATEGORY_LABELS[key] ?? key,
    description: '',
    weight: weightOf(categoryWeights[key]),
    subitems: BUILT_IN_SUBITEMS[key].map((sub) => ({
      uid: `${key}.${sub}`,
      key: sub,
      name: SUBITEM_LABELS[sub] ?? sub,
      description: '',
      signal: sub,
      weight: weightOf(subitemWeights[key]?.[sub]),
    })),
  }));
  for (const custom of source.customCategories ?? []) {
    categories.push({
      uid: uid('custom'),
      builtIn: false,
      key: custom.key,
      name: custom.name,
      description: custom.description,
      weight: weightOf(categoryWeights[custom.key]),
      subitems: (custom.subitems ?? []).map((sub) => ({
        uid: uid('sub'),
        key: sub.key,
        name: sub.name,
        description: sub.description,
        signal: sub.signal,
        weight: weightOf(subitemWeights[custom.key]?.[sub.key]),
      })),
    });
  }
  const levels = {} as LevelThresholds;
  for (const level of LEVELS) {
    levels[level] = { ...(defaults.levelThresholds?.[level] ?? { min: 0, max: 0 }) };
    const band = source.levelThresholds?.[level];
    if (band && Number.isFinite(band.min) && Number.isFinite(band.max)) levels[level] = { min: band.min, max: band.max };
  }
  return { categories, levels };
}

/** The request's `evaluationConfig`, exactly the shape task-service accepts (no extra fields). */
export function configFromDraft(draft: EvaluationDraft): EvaluationConfig {
  const categoryWeights: Record<string, number> = {};
  const subitemWeights: Record<string, Record<string, number>> = {};
  const customCategories: CustomCategory[] = [];
  for (const category of draft.categories) {
    categoryWeights[category.key] = category.weight;
    subitemWeights[category.key] = Object.fromEntries(category.subitems.map((sub) => [sub.key, sub.weight]));
    if (!category.builtIn) {
      customCategories.push({
        key: category.key,
        name: category.name.trim(),
        description: category.description.trim(),
        subitems: category.subitems.map((sub) => ({
          key: sub.key,
          name: sub.name.trim(),
          description: sub.description.trim(),
          signal: sub.signal,
        })),
      });
    }
  }
  const levelThresholds: Record<string, LevelBand> = {};
  for (const level of LEVELS) levelThresholds[level] = { ...draft.levels[level] };
  return { categoryWeights, subitemWeights, levelThresholds, customCategories };
}

export function draftForTaskType(defaults: EvaluationDefaults, taskType: TaskType): EvaluationDraft {
  return draftFromConfig(defaults[taskType], defaults[taskType]);
}

/** Whether the draft is exactly the default config of this task type (nothing was customised). */
export function isDefaultDraft(draft: EvaluationDraft, defaults: EvaluationDefaults, taskType: TaskType): boolean {
  return sameConfig(configFromDraft(draft), defaults[taskType]);
}

/** Key order aside (the server's JSON and the draft's may list keys differently). */
function sameConfig(a: EvaluationConfig, b: EvaluationConfig): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([x], [y]) => x.localeCompare(y)))
      : nested,
  );
}

// ---- sums ------------------------------------------------------------------------------------

/** The sum of the weights; a weight that is not a number counts as 0. */
export function sumWeights(weights: readonly number[]): number {
  return weights.reduce((total, weight) => total + (Number.isFinite(weight) ? weight : 0), 0);
}

export function categoryTotal(draft: EvaluationDraft): number {
  return sumWeights(draft.categories.map((category) => category.weight));
}

export function subitemTotal(category: DraftCategory): number {
  return sumWeights(category.subitems.map((sub) => sub.weight));
}

export function isValidWeight(weight: number): boolean {
  return Number.isInteger(weight) && weight >= 0 && weight <= 100;
}

// ---- level bands -------------------------------------------------------------------------------

/** The values one edge of a band may take so that every band keeps at least one score. */
export function boundaryRange(levels: LevelThresholds, level: Level, edge: 'min' | 'max'): { min: number; max: number } {
  const i = LEVELS.indexOf(level);
  if (edge === 'min') {
    if (i === 0) return { min: 0, max: 0 };
    return { min: levels[LEVELS[i - 1]].min + 1, max: levels[level].max };
  }
  if (i === LEVELS.length - 1) return { min: 100, max: 100 };
  return { min: levels[level].min, max: levels[LEVELS[i + 1]].max - 1 };
}

/**
 * Moves one boundary between two neighbouring levels: a band's max and the next band's min always stay one apart,
 * so the bands keep covering 0–100 without gaps or overlaps. The value is rounded and clamped so that no band
 * becomes empty; the lowest min (0) and the highest max (100) do not move.
 */
export function moveBoundary(levels: LevelThresholds, level: Level, edge: 'min' | 'max', value: number): LevelThresholds {
  const i = LEVELS.indexOf(level);
  if (!Number.isFinite(value)) return levels;
  if ((edge === 'min' && i === 0) || (edge === 'max' && i === LEVELS.length - 1)) return levels;
  const range = boundaryRange(levels, level, edge);
  const clamped = Math.min(range.max, Math.max(range.min, Math.round(value)));
  const next: LevelThresholds = { ...levels };
  if (edge === 'max') {
    const upper = LEVELS[i + 1];
    next[level] = { ...levels[level], max: clamped };
    next[upper] = { ...levels[upper], min: clamped + 1 };
  } else {
    const lower = LEVELS[i - 1];
    next[level] = { ...levels[level], min: clamped };
    next[lower] = { ...levels[lower], max: clamped - 1 };
  }
  return next;
}

/** The problems of a set of bands: integers, contiguous from 0 to 100 in level order, none empty. */
export function levelProblems(levels: LevelThresholds): string[] {
  const problems: string[] = [];
  for (const level of LEVELS) {
    const band = levels[level];
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max)) {
      problems.push(`${LEVEL_LABELS[level]}: the bounds must be whole numbers.`);
    } else if (band.min > band.max) {
      problems.push(`${LEVEL_LABELS[level]}: the lower bound is above the upper bound.`);
    }
  }
  if (levels.explorer.min !== 0) problems.push('Explorer must start at 0.');
  if (levels.innovator.max !== 100) problems.push('Innovator must end at 100.');
  for (let i = 1; i < LEVELS.length; i++) {
    const previous = levels[LEVELS[i - 1]];
    const current = levels[LEVELS[i]];
    if (current.min !== previous.max + 1) {
      problems.push(`${LEVEL_LABELS[LEVELS[i]]} must start at ${previous.max + 1}, right after ${LEVEL_LABELS[LEVELS[i - 1]]}.`);
    }
  }
  return problems;
}

// ---- custom categories ----------------------------------------------------------------------------

/** `Code Review Skills` → `code_review_skills`. */
export function toSnakeCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, MAX_KEY_LENGTH)
    .replace(/_+$/, '');
}

export function isSnakeCaseKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && SNAKE_CASE.test(key);
}

function uniqueKey(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A custom subitem scored from `signal`'s evidence. */
export function newCustomSubitem(category: DraftCategory, signal = 'correctness'): DraftSubitem {
  const taken = new Set(category.subitems.map((sub) => sub.key));
  return {
    uid: uid('sub'),
    key: uniqueKey(`item_${category.subitems.length + 1}`, taken),
    name: '',
    description: '',
    signal,
    weight: category.subitems.length === 0 ? 100 : 0,
  };
}

/** A new custom category with one subitem; weight 0, so the category total stays what it was. */
export function newCustomCategory(draft: EvaluationDraft): DraftCategory {
  const taken = new Set(draft.categories.map((category) => category.key));
  const custom = draft.categories.filter((category) => !category.builtIn).length;
  const category: DraftCategory = {
    uid: uid('custom'),
    builtIn: false,
    key: uniqueKey(`custom_${custom + 1}`, taken),
    name: '',
    description: '',
    weight: 0,
    subitems: [],
  };
  category.subitems.push(newCustomSubitem(category));
  return category;
}

// ---- validation ---------------------------------------------------------------------------------------

export interface DraftProblem {
  /** Which input it is about: `categories`, `<uid>.weight`, `<uid>.subitems`, `<uid>.key`, `<sub uid>.name`, `levels`… */
  target: string;
  message: string;
}

function textProblem(target: string, what: string, value: string, max: number): DraftProblem | null {
  if (!value.trim()) return { target, message: `${what} is required.` };
  if (value.trim().length > max) return { target, message: `${what} must be at most ${max} characters.` };
  return null;
}

/** Everything that keeps the draft from being saved; empty when task-service would accept it. */
export function validateDraft(draft: EvaluationDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (problem: DraftProblem | null) => {
    if (problem) problems.push(problem);
  };
  const customs = draft.categories.filter((category) => !category.builtIn);
  if (customs.length > MAX_CUSTOM_CATEGORIES) {
    add({ target: 'categories', message: `At most ${MAX_CUSTOM_CATEGORIES} custom categories.` });
  }
  const keys = new Set<string>();
  draft.categories.forEach((category) => {
    const title = category.builtIn ? category.name : `Custom category “${category.name.trim() || category.key || '?'}”`;
    if (!isValidWeight(category.weight)) {
      add({ target: `${category.uid}.weight`, message: `${title}: the weight must be a whole number from 0 to 100.` });
    }
    if (!category.builtIn) {
      if (!isSnakeCaseKey(category.key)) {
        add({
          target: `${category.uid}.key`,
          message: `${title}: the key must be snake_case (a–z, 0–9, single underscores), at most ${MAX_KEY_LENGTH} characters.`,
        });
      } else if ((BUILT_IN_CATEGORIES as readonly string[]).includes(category.key)) {
        add({ target: `${category.uid}.key`, message: `${title}: “${category.key}” is a built-in category.` });
      } else if (keys.has(category.key)) {
        add({ target: `${category.uid}.key`, message: `${title}: another category has the key “${category.key}”.` });
      }
      add(textProblem(`${category.uid}.name`, `${title}: the name`, category.name, MAX_NAME_LENGTH));
      add(textProblem(`${category.uid}.description`, `${title}: the description`, category.description, MAX_DESCRIPTION_LENGTH));
      if (category.subitems.length === 0) {
        add({ target: `${category.uid}.subitems`, message: `${title}: add at least one subitem.` });
      } else if (category.subitems.length > MAX_CUSTOM_SUBITEMS) {
        add({ target: `${category.uid}.subitems`, message: `${title}: at most ${MAX_CUSTOM_SUBITEMS} subitems.` });
      }
      const subKeys = new Set<string>();
      category.subitems.forEach((sub, index) => {
        const subTitle = `${title}, subitem ${index + 1}`;
        if (!isSnakeCaseKey(sub.key)) {
          add({ target: `${sub.uid}.key`, message: `${subTitle}: the key must be snake_case.` });
        } else if (subKeys.has(sub.key)) {
          add({ target: `${sub.uid}.key`, message: `${subTitle}: another subitem has the key “${sub.key}”.` });
        }
        subKeys.add(sub.key);
        add(textProblem(`${sub.uid}.name`, `${subTitle}: the name`, sub.name, MAX_NAME_LENGTH));
        add(textProblem(`${sub.uid}.description`, `${subTitle}: the description`, sub.description, MAX_DESCRIPTION_LENGTH));
        if (!SIGNALS.includes(sub.signal)) {
          add({ target: `${sub.uid}.signal`, message: `${subTitle}: choose the built-in subitem whose evidence scores it.` });
        }
      });
    }
    keys.add(category.key);
    category.subitems.forEach((sub) => {
      if (!isValidWeight(sub.weight)) {
        add({ target: `${sub.uid}.weight`, message: `${title}: every subitem weight must be a whole number from 0 to 100.` });
      }
    });
    const total = subitemTotal(category);
    if (category.subitems.length > 0 && total !== 100) {
      add({ target: `${category.uid}.subitems`, message: `${title}: the subitem weights add up to ${total}, not 100.` });
    }
  });
  const total = categoryTotal(draft);
  if (total !== 100) add({ target: 'categories', message: `The category weights add up to ${total}, not 100.` });
  for (const message of levelProblems(draft.levels)) add({ target: 'levels', message });
  return problems;
}
