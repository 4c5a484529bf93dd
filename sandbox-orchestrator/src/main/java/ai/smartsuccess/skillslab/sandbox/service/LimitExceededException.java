package ai.smartsuccess.skillslab.sandbox.service;

import java.time.Duration;

/**
 * A limit refused the request: 429 when the limit is the caller's own (their live sandboxes, a session's terminals or
 * runs), 503 when this machine is full. Either way the answer says which limit and when to try again.
 */
public class LimitExceededException extends RuntimeException {

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
        super(detail);
        this.scope = scope;
        this.code = code;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return scope == Scope.HOST ? 503 : 429;
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
}
