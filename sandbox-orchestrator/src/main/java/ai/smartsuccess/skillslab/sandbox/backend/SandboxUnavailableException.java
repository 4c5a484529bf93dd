package ai.smartsuccess.skillslab.sandbox.backend;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The sandbox could not be created or reached; the caller sees a 503, the log the cause. */
public class SandboxUnavailableException extends ApiException {

    public SandboxUnavailableException(String message) {
        super(ProblemKind.SANDBOX_UNAVAILABLE, message);
    }

    public SandboxUnavailableException(String message, Throwable cause) {
        super(ProblemKind.SANDBOX_UNAVAILABLE, ProblemKind.SANDBOX_UNAVAILABLE.type(), message, cause);
    }
}
