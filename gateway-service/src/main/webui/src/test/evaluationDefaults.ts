// task-service's answer to GET /api/tasks/evaluation-defaults, as the tests' stand-in for the server: equal category
// weights, each task type's subitem weights (design 3.3) and the standard level bands.
import type { EvaluationConfig, EvaluationDefaults, TaskType } from '../api/types';

const SUBITEMS: Record<string, string[]> = {
  planning: ['task_breakdown', 'time_estimation', 'milestone_definition', 'problem_understanding'],
  prompt_engineering: ['clarity_specificity', 'context_management', 'iteration_efficiency', 'error_recovery'],
  tool_orchestration: ['tool_selection', 'multi_tool_coordination', 'workflow_efficiency', 'resource_utilization'],
  outcome_quality: ['correctness', 'code_quality', 'documentation', 'edge_case_handling'],
};

const WEIGHTS: Record<TaskType, number[][]> = {
  code_generation: [[20, 25, 25, 30], [35, 25, 25, 15], [30, 20, 30, 20], [40, 30, 15, 15]],
  refactoring: [[30, 20, 25, 25], [25, 30, 25, 20], [25, 25, 30, 20], [35, 35, 15, 15]],
  bug_fix: [[20, 25, 20, 35], [25, 30, 30, 15], [25, 20, 35, 20], [45, 25, 15, 15]],
  system_design: [[35, 20, 25, 20], [25, 25, 25, 25], [30, 30, 25, 15], [30, 25, 25, 20]],
  multi_agent: [[35, 20, 25, 20], [25, 30, 25, 20], [35, 35, 20, 10], [35, 25, 20, 20]],
  open_ended: [[30, 20, 25, 25], [20, 25, 25, 30], [30, 30, 25, 15], [25, 20, 30, 25]],
};

export function defaultLevels() {
  return {
    explorer: { min: 0, max: 39 },
    operator: { min: 40, max: 64 },
    architect: { min: 65, max: 84 },
    innovator: { min: 85, max: 100 },
  };
}

function configOf(type: TaskType): EvaluationConfig {
  const categories = Object.keys(SUBITEMS);
  return {
    categoryWeights: Object.fromEntries(categories.map((category) => [category, 25])),
    subitemWeights: Object.fromEntries(
      categories.map((category, row) => [
        category,
        Object.fromEntries(SUBITEMS[category].map((sub, i) => [sub, WEIGHTS[type][row][i]])),
      ]),
    ),
    levelThresholds: defaultLevels(),
    customCategories: [],
  };
}

export const EVALUATION_DEFAULTS: EvaluationDefaults = {
  code_generation: configOf('code_generation'),
  refactoring: configOf('refactoring'),
  bug_fix: configOf('bug_fix'),
  system_design: configOf('system_design'),
  multi_agent: configOf('multi_agent'),
  open_ended: configOf('open_ended'),
};
