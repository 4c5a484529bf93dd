package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.time.Instant;

/**
 * A command the candidate ran: through the run API (outcome known) or typed in the terminal (outcome unknown).
 *
 * @param passed null when the outcome was not recorded
 * @param testCommand whether it runs a test suite
 */
public record RunRecord(
        String eventId, Instant at, String command, Boolean passed, boolean viaRunApi, boolean testCommand) {

    public boolean failed() {
        return Boolean.FALSE.equals(passed);
    }

    public boolean succeeded() {
        return Boolean.TRUE.equals(passed);
    }
}
