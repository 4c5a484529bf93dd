package ai.smartsuccess.skillslab.scoring.service;

/** A failure that may go away by itself (storage or database unreachable): scoring retries it with backoff. */
public class TransientScoringException extends RuntimeException {

    public TransientScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
