import type { TaskFile } from '../api/types';

/** Why a task has no hidden tests to measure the outcome: switched off, or none uploaded; null when it has them. */
export type HiddenTestsGap = 'switched-off' | 'no-files';

export function hiddenTestsGap(runHiddenTests: boolean, files: readonly TaskFile[]): HiddenTestsGap | null {
  if (!runHiddenTests) return 'switched-off';
  return files.some((file) => file.visibility === 'hidden') ? null : 'no-files';
}

export const NO_HIDDEN_TESTS_WARNING =
  'Without hidden tests, a candidate’s outcome can only be judged from their own test runs and code analysis — weaker evidence, so outcome scores will be lower and less certain. Add hidden tests to measure whether the work does what the task asks.';
