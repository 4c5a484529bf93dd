package ai.smartsuccess.skillslab.assessment.service;

/** A request is over one of the size limits (events per batch, body bytes, event bytes). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
