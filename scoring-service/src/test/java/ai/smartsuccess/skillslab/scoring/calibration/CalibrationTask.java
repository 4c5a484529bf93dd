package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import java.util.Map;

/**
 * A default task of the calibration set, as a session of it sees it.
 *
 * @param slug the short name scripts use ({@code todo-api})
 * @param snapshot title, description, type, difficulty and time limit, read from task-service's migrations
 * @param visibleTestCommand what a {@code run: "visible"} step runs
 * @param hiddenTestCommand how the hidden suite is run on the final files
 * @param hiddenRunner {@code python-unittest} or {@code node-test}: how the hidden suite's output is read
 * @param starterFiles the files a candidate starts with
 * @param hiddenFiles the hidden suite, by its path in the workspace ({@code hidden_tests/...})
 * @param referenceFiles the reference solution, with the starter's files where the reference has none
 */
public record CalibrationTask(
        String slug,
        TaskSnapshot snapshot,
        String runtime,
        String visibleTestCommand,
        String hiddenTestCommand,
        String hiddenRunner,
        Map<String, String> starterFiles,
        Map<String, String> hiddenFiles,
        Map<String, String> referenceFiles) {

    public int timeLimitMinutes() {
        return snapshot.timeLimitMinutes();
    }
}
