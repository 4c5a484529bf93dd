package ai.smartsuccess.skillslab.assessment.service;

/** The platform is full for now (no sandbox can start on any instance); {@code retryAfterSeconds} says when to retry. */
public class CapacityException extends RuntimeException {

    private final String kind;
    private final long retryAfterSeconds;

    public CapacityException(String kind, String message, long retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public String kind() {
        return kind;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
