package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import java.util.Map;

/** Refused for now: the answer says in {@code Retry-After} when to try again. */
public abstract class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    protected RetryLaterException(ProblemKind kind, String type, String message, long retryAfterSeconds) {
        super(kind, type, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
