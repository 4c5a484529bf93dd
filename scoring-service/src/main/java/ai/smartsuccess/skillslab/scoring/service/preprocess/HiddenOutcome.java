package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * The hidden test suite's verdict on the final files.
 *
 * @param ran false when the task has no hidden tests or the suite could not run
 * @param edgeTotal hidden tests whose names say they probe an edge case (invalid, missing, unknown, empty...)
 * @param edgePassed of those, how many passed (0 when the result does not count)
 * @param integrityFlags what the sandbox found interfering with the test run: then its result does not count
 */
public record HiddenOutcome(
        boolean ran,
        int total,
        int passed,
        boolean timedOut,
        String error,
        List<String> failedTests,
        int edgeTotal,
        int edgePassed,
        List<String> integrityFlags) {

    public HiddenOutcome {
        failedTests = failedTests == null ? List.of() : List.copyOf(failedTests);
        integrityFlags = integrityFlags == null ? List.of() : List.copyOf(integrityFlags);
    }

    /** Whether the result may count: nothing interfered with the test run. */
    public boolean trusted() {
        return integrityFlags.isEmpty();
    }

    /** The pass rate that counts: 0 when the run was interfered with, whatever it reported. */
    public double passRate() {
        return total == 0 || !trusted() ? 0 : (double) passed / total;
    }
}
