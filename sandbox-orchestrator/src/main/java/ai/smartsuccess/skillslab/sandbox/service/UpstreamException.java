package ai.smartsuccess.skillslab.sandbox.service;

/** A sibling service failed or answered something unusable. */
public class UpstreamException extends RuntimeException {

    public UpstreamException(String message, Throwable cause) {
        super(message, cause);
    }

    public UpstreamException(String message) {
        super(message);
    }
}
