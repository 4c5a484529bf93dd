package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The service (or one it depends on) is full for now (503). */
public class CapacityException extends RetryLaterException {

    public CapacityException(String type, String message, long retryAfterSeconds) {
        super(ProblemKind.SERVICE_UNAVAILABLE, type, message, retryAfterSeconds);
    }
}
