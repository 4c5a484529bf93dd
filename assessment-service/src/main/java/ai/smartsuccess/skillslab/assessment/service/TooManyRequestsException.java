package ai.smartsuccess.skillslab.assessment.service;

/** A rate limit or budget is exhausted; {@code retryAfterSeconds} says when asking again can succeed. */
public class TooManyRequestsException extends RuntimeException {

    private final String kind;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String kind, String message, long retryAfterSeconds) {
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
