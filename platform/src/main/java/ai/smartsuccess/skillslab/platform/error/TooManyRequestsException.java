package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The caller's own limit is reached (429). */
public class TooManyRequestsException extends RetryLaterException {

    public TooManyRequestsException(String type, String message, long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, type, message, retryAfterSeconds);
    }
}
