package ai.smartsuccess.skillslab.assessment.service;

/** The platform is full for now (no sandbox can start on any instance): 503 with {@code Retry-After}. */
public class CapacityException extends RetryLaterException {

    public CapacityException(String kind, String message, long retryAfterSeconds) {
        super(kind, message, retryAfterSeconds);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
