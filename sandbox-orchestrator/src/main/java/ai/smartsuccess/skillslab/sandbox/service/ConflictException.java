package ai.smartsuccess.skillslab.sandbox.service;

/** The request does not fit the session's state (it ended, or is being finalized). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
