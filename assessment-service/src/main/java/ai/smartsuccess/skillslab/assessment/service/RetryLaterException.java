package ai.smartsuccess.skillslab.assessment.service;

/**
 * A refusal that is not the caller's fault for ever: asking again after {@code retryAfterSeconds} can succeed. The
 * subclasses say which answer it is (429 or 503); the problem's type is {@code kind}.
 */
public abstract class RetryLaterException extends RuntimeException {

    private final String kind;
    private final long retryAfterSeconds;

    protected RetryLaterException(String kind, String message, long retryAfterSeconds) {
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

    /** The HTTP status of the answer. */
    public abstract int status();

    /** The problem's title. */
    public abstract String title();
}
