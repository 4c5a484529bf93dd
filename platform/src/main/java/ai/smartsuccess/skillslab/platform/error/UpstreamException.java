package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/**
 * A service this one depends on failed. With a type, the message tells the client what failed (502, or 504 on a
 * timeout); without, the message is for the log only and the client reads that a dependency failed (502).
 */
public class UpstreamException extends ApiException {

    /** @param type stable problem type suffix, for example {@code ai-provider-failed} */
    public UpstreamException(String type, String message, boolean timeout) {
        super(timeout ? ProblemKind.UPSTREAM_TIMEOUT : ProblemKind.UPSTREAM_FAILURE, type, message);
    }

    public UpstreamException(String type, String message) {
        this(type, message, false);
    }

    public UpstreamException(String message) {
        super(ProblemKind.BAD_GATEWAY, message);
    }

    public UpstreamException(String message, Throwable cause) {
        super(ProblemKind.BAD_GATEWAY, ProblemKind.BAD_GATEWAY.type(), message, cause);
    }

    /** 504 when true, 502 otherwise. */
    public boolean timeout() {
        return problemKind() == ProblemKind.UPSTREAM_TIMEOUT;
    }
}
