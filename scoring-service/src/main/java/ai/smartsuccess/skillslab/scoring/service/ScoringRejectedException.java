package ai.smartsuccess.skillslab.scoring.service;

/**
 * The submission cannot be scored and retrying will not help (for example an unsupported event schema version). The
 * message is safe to show to the assessment's owner.
 */
public class ScoringRejectedException extends RuntimeException {

    public ScoringRejectedException(String message) {
        super(message);
    }
}
