import { describe, expect, it } from 'vitest';
import { isTestCommand, parseTestCounts } from './testRuns';

describe('test runs', () => {
  it('recognises test commands', () => {
    expect(isTestCommand('python -m pytest -q')).toBe(true);
    expect(isTestCommand('npm test')).toBe(true);
    expect(isTestCommand('go test ./...')).toBe(true);
    expect(isTestCommand('ls -la')).toBe(false);
  });

  it('reads pytest and unittest summaries', () => {
    expect(parseTestCounts('==== 3 passed, 1 failed in 0.12s ====')).toEqual({ passed: 3, failed: 1 });
    expect(parseTestCounts('5 passed in 0.1s')).toEqual({ passed: 5 });
    expect(parseTestCounts('Ran 4 tests in 0.001s\n\nFAILED (failures=1)')).toEqual({ passed: 3, failed: 1 });
    expect(parseTestCounts('no summary')).toEqual({});
  });
});
