package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import java.util.Map;

/**
 * An error a service answers with a problem of a known kind. Services throw subclasses; the platform's mapper turns
 * each into its problem+json answer, so that no service needs a mapper of its own.
 */
public abstract class ApiException extends RuntimeException {

    private final ProblemKind kind;
    private final String type;

    protected ApiException(ProblemKind kind, String message) {
        this(kind, kind.type(), message, null);
    }

    /** @param type a more precise problem type than the kind's own, for example {@code deadline-passed} */
    protected ApiException(ProblemKind kind, String type, String message) {
        this(kind, type, message, null);
    }

    protected ApiException(ProblemKind kind, String type, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.type = type;
    }

    public ProblemKind problemKind() {
        return kind;
    }

    /** A stable name of this error, the suffix of its problem {@code type} URI: {@code deadline-passed}. */
    public String kind() {
        return type;
    }

    /** The problem's {@code detail} (unless the kind keeps messages for the log). */
    public String detail() {
        return getMessage();
    }

    /** Extension members of the problem, telling the client what to do instead. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** Headers of the answer, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
