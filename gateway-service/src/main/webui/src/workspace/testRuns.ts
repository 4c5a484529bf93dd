/** Recognises a test command, for `test_run` tracking. */
export function isTestCommand(command: string): boolean {
  return /\b(pytest|unittest|npm (run )?test|npx (vitest|jest)|vitest|jest|go test|cargo test|mvn (-\S+ )*test|gradle test|rspec|phpunit|node --test)\b/.test(
    command,
  );
}

/** Passed/failed counts from a pytest-, jest- or node-style summary line, when there is one. */
export function parseTestCounts(output: string): { passed?: number; failed?: number } {
  const counts: { passed?: number; failed?: number } = {};
  const passed = /(\d+) passed/.exec(output) ?? /# pass (\d+)/.exec(output) ?? /Tests:.*?(\d+) passed/.exec(output);
  const failed = /(\d+) failed/.exec(output) ?? /# fail (\d+)/.exec(output);
  if (passed) counts.passed = Number(passed[1]);
  if (failed) counts.failed = Number(failed[1]);
  const unittest = /Ran (\d+) tests?[\s\S]*?(OK|FAILED \((?:failures|errors)=(\d+))/.exec(output);
  if (unittest && counts.passed === undefined) {
    const ran = Number(unittest[1]);
    const bad = unittest[3] ? Number(unittest[3]) : 0;
    counts.passed = ran - bad;
    counts.failed = bad;
  }
  return counts;
}
