package ai.smartsuccess.skillslab.platform.problem;

/**
 * Every kind of error the services answer with, declared once: its HTTP status, the default suffix of its problem
 * {@code type} and its title. An error may name a more precise type of the same kind (a conflict of kind
 * {@link #CONFLICT} typed {@code deadline-passed}); status and title stay the kind's.
 *
 * <p>A kind with a {@code publicDetail} keeps the error's own message for the log: the client reads only the public
 * detail. With {@code incident}, the answer names an id that the logged stack trace repeats.
 */
public enum ProblemKind {
    VALIDATION(400, "validation", "Invalid request"),
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    UNKNOWN_FIELD(400, "unknown-field", "Unknown field"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflict"),
    TASK_INCOMPLETE(409, "task-incomplete", "Task incomplete"),
    /** A state machine refused a transition for which the API has no more specific answer. */
    INVALID_TRANSITION(409, "invalid-transition", "Not allowed in this state"),
    GONE(410, "gone", "Gone"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    TOO_LARGE(413, "too-large", "Too large"),
    FILE_TOO_LARGE(413, "file-too-large", "File too large"),
    UNSUPPORTED_FILE_TYPE(415, "unsupported-file-type", "Unsupported file type"),
    NOT_TEXT(415, "not-text", "Not a text file"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    LIMIT_REACHED(429, "limit-reached", "Limit reached"),
    INTERNAL(500, "internal", "Internal error", "Something went wrong on our side.", true),
    UPSTREAM_FAILURE(502, "upstream", "Upstream failure"),
    BAD_GATEWAY(502, "upstream", "Bad gateway", "A service this one depends on failed. Try again later.", false),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    CAPACITY_REACHED(503, "capacity-reached", "Sandbox capacity reached"),
    SANDBOX_UNAVAILABLE(
            503, "sandbox-unavailable", "Sandbox unavailable", "The sandbox could not do this right now.", true),
    SCORING_FAILED(503, "scoring-failed", "Scoring failed"),
    UPSTREAM_TIMEOUT(504, "upstream", "Upstream timeout");

    private final int status;
    private final String type;
    private final String title;
    private final String publicDetail;
    private final boolean incident;

    ProblemKind(int status, String type, String title) {
        this(status, type, title, null, false);
    }

    ProblemKind(int status, String type, String title, String publicDetail, boolean incident) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.publicDetail = publicDetail;
        this.incident = incident;
    }

    public int status() {
        return status;
    }

    /** The default suffix of the problem's {@code type} URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What the client reads instead of the error's message, or null when the message is meant for the client. */
    public String publicDetail() {
        return publicDetail;
    }

    /** Whether the answer names an incident id, logged with the failure's stack trace. */
    public boolean incident() {
        return incident;
    }
}
