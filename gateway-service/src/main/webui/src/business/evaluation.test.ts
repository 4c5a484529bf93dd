import { describe, expect, it } from 'vitest';
import type { TaskType } from '../api/types';
import {
  LEVELS,
  boundaryRange,
  categoryTotal,
  configFromDraft,
  draftForTaskType,
  draftFromConfig,
  isDefaultDraft,
  levelProblems,
  moveBoundary,
  newCustomCategory,
  newCustomSubitem,
  subitemTotal,
  sumWeights,
  toSnakeCase,
  validateDraft,
  type EvaluationDraft,
  type LevelThresholds,
} from './evaluation';
import { EVALUATION_DEFAULTS, defaultLevels } from '../test/evaluationDefaults';

function isContiguous(levels: LevelThresholds): boolean {
  if (levels.explorer.min !== 0 || levels.innovator.max !== 100) return false;
  return LEVELS.every((level, i) => {
    const band = levels[level];
    if (band.min > band.max) return false;
    return i === 0 || band.min === levels[LEVELS[i - 1]].max + 1;
  });
}

function customised(): EvaluationDraft {
  const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
  const custom = newCustomCategory(draft);
  custom.key = 'security';
  custom.name = 'Security';
  custom.description = 'Handles secrets and input safely.';
  custom.weight = 10;
  custom.subitems[0] = { ...custom.subitems[0], key: 'input_validation', name: 'Input validation', description: 'Validates input.', signal: 'edge_case_handling' };
  draft.categories.push(custom);
  draft.categories[0].weight = 15; // planning 25 → 15 so that the total stays 100
  return draft;
}

describe('default configs per task type', () => {
  it.each(Object.keys(EVALUATION_DEFAULTS) as TaskType[])('%s: the server\'s default is a valid draft and comes back unchanged', (type) => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, type);
    expect(validateDraft(draft)).toEqual([]);
    expect(configFromDraft(draft)).toEqual(EVALUATION_DEFAULTS[type]);
  });

  it('tells a default draft from a customised one', () => {
    expect(isDefaultDraft(draftForTaskType(EVALUATION_DEFAULTS, 'bug_fix'), EVALUATION_DEFAULTS, 'bug_fix')).toBe(true);
    expect(isDefaultDraft(draftForTaskType(EVALUATION_DEFAULTS, 'bug_fix'), EVALUATION_DEFAULTS, 'refactoring')).toBe(false);
    expect(isDefaultDraft(customised(), EVALUATION_DEFAULTS, 'code_generation')).toBe(false);
  });
});

describe('sums', () => {
  it('adds category and subitem weights and counts what is not a number as 0', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'refactoring');
    expect(categoryTotal(draft)).toBe(100);
    draft.categories[1].weight = 30;
    expect(categoryTotal(draft)).toBe(105);
    draft.categories[2].weight = Number.NaN;
    expect(categoryTotal(draft)).toBe(80);
    expect(subitemTotal(draft.categories[0])).toBe(100);
    expect(sumWeights([])).toBe(0);
  });

  it('refuses a draft whose category weights do not add up to 100, and says the total', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
    draft.categories[0].weight = 30;
    expect(validateDraft(draft)).toEqual([{ target: 'categories', message: 'The category weights add up to 105, not 100.' }]);
  });

  it('refuses subitem weights that do not add up to 100 in one category, naming it', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
    draft.categories[3].subitems[0].weight = 41;
    const problems = validateDraft(draft);
    expect(problems).toHaveLength(1);
    expect(problems[0].target).toBe('outcome_quality.subitems');
    expect(problems[0].message).toContain('add up to 101');
  });

  it('refuses weights that are not whole numbers from 0 to 100', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
    draft.categories[0].weight = 12.5;
    draft.categories[1].weight = 37.5;
    draft.categories[2].subitems[0].weight = -5;
    draft.categories[2].subitems[1].weight = 55;
    const targets = validateDraft(draft).map((p) => p.target);
    expect(targets).toContain('planning.weight');
    expect(targets).toContain('prompt_engineering.weight');
    expect(targets).toContain('tool_orchestration.tool_selection.weight');
    expect(targets).not.toContain('categories');
  });
});

describe('level thresholds', () => {
  it('moving a max moves the next level’s min along, keeping the bands contiguous', () => {
    const moved = moveBoundary(defaultLevels(), 'operator', 'max', 70);
    expect(moved.operator).toEqual({ min: 40, max: 70 });
    expect(moved.architect).toEqual({ min: 71, max: 84 });
    expect(moved.explorer).toEqual({ min: 0, max: 39 });
    expect(moved.innovator).toEqual({ min: 85, max: 100 });
    expect(isContiguous(moved)).toBe(true);
    expect(levelProblems(moved)).toEqual([]);
  });

  it('moving a min moves the previous level’s max along', () => {
    const moved = moveBoundary(defaultLevels(), 'innovator', 'min', 90);
    expect(moved.architect).toEqual({ min: 65, max: 89 });
    expect(moved.innovator).toEqual({ min: 90, max: 100 });
    expect(isContiguous(moved)).toBe(true);
  });

  it('clamps so that no band becomes empty, and never moves 0 or 100', () => {
    let levels = moveBoundary(defaultLevels(), 'explorer', 'max', 80);
    expect(levels.explorer.max).toBe(63); // operator keeps 64 alone
    expect(levels.operator).toEqual({ min: 64, max: 64 });
    levels = moveBoundary(levels, 'architect', 'min', 10);
    expect(levels.architect.min).toBe(65); // operator still has at least one score
    expect(moveBoundary(levels, 'explorer', 'min', 10)).toBe(levels);
    expect(moveBoundary(levels, 'innovator', 'max', 90)).toBe(levels);
    expect(moveBoundary(levels, 'operator', 'max', Number.NaN)).toBe(levels);
    expect(isContiguous(levels)).toBe(true);
  });

  it('rounds fractions and stays contiguous under any sequence of moves', () => {
    let levels = defaultLevels();
    const moves: [(typeof LEVELS)[number], 'min' | 'max', number][] = [
      ['operator', 'max', 50.6],
      ['architect', 'min', 30],
      ['innovator', 'min', 99],
      ['architect', 'max', 2],
      ['operator', 'min', 100],
      ['explorer', 'max', -4],
    ];
    for (const [level, edge, value] of moves) {
      levels = moveBoundary(levels, level, edge, value);
      expect(isContiguous(levels)).toBe(true);
    }
    expect(levels.explorer.max).toBe(0);
  });

  it('gives the range an edge may take', () => {
    const levels = defaultLevels();
    expect(boundaryRange(levels, 'operator', 'max')).toEqual({ min: 40, max: 83 });
    expect(boundaryRange(levels, 'operator', 'min')).toEqual({ min: 1, max: 64 });
    expect(boundaryRange(levels, 'explorer', 'min')).toEqual({ min: 0, max: 0 });
    expect(boundaryRange(levels, 'innovator', 'max')).toEqual({ min: 100, max: 100 });
  });

  it('reports gaps, overlaps and ends that are not 0 and 100', () => {
    const broken: LevelThresholds = {
      explorer: { min: 1, max: 39 },
      operator: { min: 41, max: 64 },
      architect: { min: 60, max: 84 },
      innovator: { min: 85, max: 99 },
    };
    const problems = levelProblems(broken);
    expect(problems).toContain('Explorer must start at 0.');
    expect(problems).toContain('Innovator must end at 100.');
    expect(problems).toContain('Operator must start at 40, right after Explorer.');
    expect(problems).toContain('Architect must start at 65, right after Operator.');
  });
});

describe('custom categories', () => {
  it('adds a category with weight 0 and one subitem of weight 100, with unique keys', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
    const first = newCustomCategory(draft);
    draft.categories.push(first);
    const second = newCustomCategory(draft);
    expect(first.key).toBe('custom_1');
    expect(second.key).toBe('custom_2');
    expect(first.weight).toBe(0);
    expect(first.subitems).toHaveLength(1);
    expect(first.subitems[0].weight).toBe(100);
    const extra = newCustomSubitem(first);
    expect(extra.key).toBe('item_2');
    expect(extra.weight).toBe(0);
  });

  it('requires names, descriptions, snake_case keys, valid signals and no clash with built-in keys', () => {
    const draft = draftForTaskType(EVALUATION_DEFAULTS, 'code_generation');
    const custom = newCustomCategory(draft);
    custom.key = 'Planning Two';
    custom.subitems[0].signal = 'vibes';
    draft.categories.push(custom);
    const messages = validateDraft(draft).map((p) => `${p.target === `${custom.uid}.key` ? 'KEY' : p.target.split('.').pop()}: ${p.message}`);
    expect(messages.some((m) => m.startsWith('KEY') && m.includes('snake_case'))).toBe(true);
    expect(messages.some((m) => m.startsWith('name') && m.includes('is required'))).toBe(true);
    expect(messages.some((m) => m.startsWith('description') && m.includes('is required'))).toBe(true);
    expect(messages.some((m) => m.startsWith('signal'))).toBe(true);
    custom.key = 'planning';
    expect(validateDraft(draft).some((p) => p.target === `${custom.uid}.key` && p.message.includes('built-in'))).toBe(true);
  });

  it('turns into the exact payload task-service accepts, and back', () => {
    const draft = customised();
    expect(validateDraft(draft)).toEqual([]);
    const config = configFromDraft(draft);
    expect(config.categoryWeights).toEqual({
      planning: 15,
      prompt_engineering: 25,
      tool_orchestration: 25,
      outcome_quality: 25,
      security: 10,
    });
    expect(config.subitemWeights.security).toEqual({ input_validation: 100 });
    expect(config.customCategories).toEqual([
      {
        key: 'security',
        name: 'Security',
        description: 'Handles secrets and input safely.',
        subitems: [{ key: 'input_validation', name: 'Input validation', description: 'Validates input.', signal: 'edge_case_handling' }],
      },
    ]);
    expect(Object.keys(config).sort()).toEqual(['categoryWeights', 'customCategories', 'levelThresholds', 'subitemWeights']);
    const again = draftFromConfig(config, EVALUATION_DEFAULTS.code_generation);
    expect(configFromDraft(again)).toEqual(config);
  });

  it('reads a missing or empty config as the defaults of the task type', () => {
    expect(configFromDraft(draftFromConfig(null, EVALUATION_DEFAULTS.bug_fix))).toEqual(EVALUATION_DEFAULTS.bug_fix);
    expect(
      configFromDraft(
        draftFromConfig({ categoryWeights: {}, subitemWeights: {}, levelThresholds: {}, customCategories: [] }, EVALUATION_DEFAULTS.multi_agent),
      ),
    ).toEqual(EVALUATION_DEFAULTS.multi_agent);
  });

  it('suggests snake_case keys from names', () => {
    expect(toSnakeCase('Code Review Skills')).toBe('code_review_skills');
    expect(toSnakeCase('  Sécurité & API  ')).toBe('securite_api');
    expect(toSnakeCase('2nd pass')).toBe('nd_pass');
  });
});
