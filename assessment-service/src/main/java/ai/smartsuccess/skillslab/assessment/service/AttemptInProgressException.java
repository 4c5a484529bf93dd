package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import java.util.Map;

/**
 * A new attempt was asked for while one of the same task is unfinished: the answer names it, so it can be resumed. The
 * problem's own {@code status} member stays the HTTP status (RFC 9457); the attempt's status is {@code attemptStatus}.
 */
public class AttemptInProgressException extends ConflictException {

    public AttemptInProgressException(Assessment unfinished) {
        super(
                "attempt-in-progress",
                "Attempt #" + unfinished.attemptNumber + " of this task is not finished yet; resume it or abandon it"
                        + " first.",
                Map.of(
                        "assessmentId", unfinished.id.toString(),
                        "attemptNumber", unfinished.attemptNumber,
                        "attemptStatus", unfinished.status));
    }
}
