package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(String message) {
        super(ProblemKind.PAYLOAD_TOO_LARGE, message);
    }

    /** @param kind a 413 kind of its own, for example {@link ProblemKind#TOO_LARGE} for a file */
    public PayloadTooLargeException(ProblemKind kind, String message) {
        super(kind, message);
    }
}
