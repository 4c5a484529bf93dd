package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The outcome of a task's hidden test suite, run by the platform on the final files in a sandbox of its own.
 *
 * <p>Who may read what: the test names, pass/fail and the counts are for the candidate too; {@code error}, the tests'
 * {@code message}s and {@code integrityFlags} are for the task's owner and admins only (they may quote the candidate's
 * output or the hidden tests themselves).
 *
 * @param runner {@code python-unittest}, {@code node-test} or {@code none} when the task has no hidden tests
 * @param error why the suite could not run at all (null when it ran)
 * @param integrityFlags what the platform found interfering with the test run, as stable kebab-case codes (see the
 *     constants; empty when clean, and when read from a producer that predates them). Any flag means the counts must
 *     not be trusted as the solution's merit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HiddenTestResults(
        String runner,
        int total,
        int passed,
        int failed,
        long durationMs,
        boolean timedOut,
        String error,
        List<TestCaseResult> tests,
        List<String> integrityFlags) {

    /** A module of the language's standard library in the final files, where an import could find it first. */
    public static final String STDLIB_SHADOWING = "stdlib-shadowing";
    /** {@code sitecustomize.py} or {@code usercustomize.py}: code Python would run at start-up. */
    public static final String SITECUSTOMIZE = "sitecustomize";
    /** A {@code .pth} file: paths and code Python's site module would load. */
    public static final String PTH_FILE = "pth-file";
    /** A {@code conftest.py}: hooks a Python test runner would load. */
    public static final String CONFTEST = "conftest";
    /** A package in {@code node_modules} named like a Node.js built-in module. */
    public static final String BUILTIN_SHADOWING = "builtin-shadowing";
    /** The test framework (assertions, the runner's own functions) was changed while the suite ran. */
    public static final String FRAMEWORK_PATCHED = "framework-patched";
    /** The hidden test files changed while they ran (where the code under test could write them at all). */
    public static final String HIDDEN_TESTS_CHANGED = "hidden-tests-changed";
    /** Something other than the platform's harness wrote to the channel its results travel on. */
    public static final String FORGED_RESULTS = "forged-results";

    public HiddenTestResults {
        tests = tests == null ? List.of() : List.copyOf(tests);
        integrityFlags = integrityFlags == null ? List.of() : List.copyOf(integrityFlags);
    }

    /** A result without integrity flags. */
    public HiddenTestResults(
            String runner,
            int total,
            int passed,
            int failed,
            long durationMs,
            boolean timedOut,
            String error,
            List<TestCaseResult> tests) {
        this(runner, total, passed, failed, durationMs, timedOut, error, tests, List.of());
    }

    public static HiddenTestResults none() {
        return new HiddenTestResults("none", 0, 0, 0, 0, false, null, List.of());
    }

    /** The same result with these flags added to its own (each once, sorted). */
    public HiddenTestResults withIntegrityFlags(List<String> flags) {
        List<String> merged = java.util.stream.Stream.concat(integrityFlags.stream(), flags.stream())
                .distinct()
                .sorted()
                .toList();
        return new HiddenTestResults(runner, total, passed, failed, durationMs, timedOut, error, tests, merged);
    }

    /**
     * @param message why it failed: owner-only, it may quote the candidate's output or the test's own source
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TestCaseResult(String name, boolean passed, String message) {}
}
