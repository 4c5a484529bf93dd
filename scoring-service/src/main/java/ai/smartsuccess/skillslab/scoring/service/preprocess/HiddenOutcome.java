package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * The hidden test suite's verdict on the final files.
 *
 * @param ran false when the task has no hidden tests or the suite could not run
 * @param edgeTotal hidden tests whose names say they probe an edge case (invalid, missing, unknown, empty...)
 */
public record HiddenOutcome(
        boolean ran,
        int total,
        int passed,
        boolean timedOut,
        String error,
        List<String> failedTests,
        int edgeTotal,
        int edgePassed) {

    public double passRate() {
        return total == 0 ? 0 : (double) passed / total;
    }
}
