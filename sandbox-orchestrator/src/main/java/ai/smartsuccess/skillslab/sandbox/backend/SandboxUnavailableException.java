package ai.smartsuccess.skillslab.sandbox.backend;

/** The sandbox could not be created or reached; the caller sees a 503, the log the cause. */
public class SandboxUnavailableException extends RuntimeException {

    public SandboxUnavailableException(String message) {
        super(message);
    }

    public SandboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
