package ai.smartsuccess.skillslab.assessment.service;

/** A rate limit or budget is exhausted: 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RetryLaterException {

    public TooManyRequestsException(String kind, String message, long retryAfterSeconds) {
        super(kind, message, retryAfterSeconds);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
