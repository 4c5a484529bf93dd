package ai.smartsuccess.skillslab.task.service;

/** An uploaded file is refused: too large ({@link Reason#TOO_LARGE}) or not a kind of file a task may hold. */
public class FileRejectedException extends RuntimeException {

    public enum Reason {
        TOO_LARGE,
        UNSUPPORTED_TYPE
    }

    private final Reason reason;
    private final String field;

    public FileRejectedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
