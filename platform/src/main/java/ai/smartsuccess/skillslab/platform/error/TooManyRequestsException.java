package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import java.util.Map;

/** The caller's own limit is reached (429). */
public class TooManyRequestsException extends RetryLaterException {

    private final Map<String, Object> extensions;

    public TooManyRequestsException(String type, String message, long retryAfterSeconds) {
        this(type, message, retryAfterSeconds, Map.of());
    }

    /** @param extensions extra members of the problem answer: the limit, when it resets */
    public TooManyRequestsException(
            String type, String message, long retryAfterSeconds, Map<String, Object> extensions) {
        super(ProblemKind.TOO_MANY_REQUESTS, type, message, retryAfterSeconds);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
