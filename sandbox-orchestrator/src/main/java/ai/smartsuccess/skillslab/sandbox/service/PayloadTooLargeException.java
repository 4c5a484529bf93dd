package ai.smartsuccess.skillslab.sandbox.service;

/** A file or the workspace would grow past its limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
