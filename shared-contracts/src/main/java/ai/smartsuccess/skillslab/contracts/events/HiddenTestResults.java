package ai.smartsuccess.skillslab.contracts.events;

import java.util.List;

/**
 * The outcome of a task's hidden test suite, run in the sandbox on the final files.
 *
 * @param runner {@code python-unittest}, {@code node-test} or {@code none} when the task has no hidden tests
 * @param error why the suite could not run at all (null when it ran)
 */
public record HiddenTestResults(
        String runner,
        int total,
        int passed,
        int failed,
        long durationMs,
        boolean timedOut,
        String error,
        List<TestCaseResult> tests) {

    public HiddenTestResults {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    public static HiddenTestResults none() {
        return new HiddenTestResults("none", 0, 0, 0, 0, false, null, List.of());
    }

    public record TestCaseResult(String name, boolean passed, String message) {}
}
