package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import java.time.Duration;
import java.util.Map;

/**
 * A limit refused the request: 429 when the limit is the caller's own (their live sandboxes, a session's terminals or
 * runs), 503 when this machine is full. Either way the answer says which limit and when to try again.
 */
public class LimitExceededException extends ApiException {

    /** Whose limit it is. */
    public enum Scope {
        USER,
        SESSION,
        HOST
    }

    private final Scope scope;
    private final String code;
    private final int limit;
    private final Duration retryAfter;

    /**
     * @param code the problem's stable type suffix, e.g. {@code too-many-runs}
     * @param detail for the candidate, in plain words
     */
    public LimitExceededException(Scope scope, String code, int limit, Duration retryAfter, String detail) {
        super(scope == Scope.HOST ? ProblemKind.CAPACITY_REACHED : ProblemKind.LIMIT_REACHED, code, detail);
        this.scope = scope;
        this.code = code;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return problemKind().status();
    }

    public Scope scope() {
        return scope;
    }

    public String code() {
        return code;
    }

    public int limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("limit", limit);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }
}
