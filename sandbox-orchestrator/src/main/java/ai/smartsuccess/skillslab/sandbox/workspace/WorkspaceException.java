package ai.smartsuccess.skillslab.sandbox.workspace;

/** A workspace operation refused by the sandbox, by kind. */
public class WorkspaceException extends RuntimeException {

    public enum Kind {
        /** The path resolves outside the workspace (through a symlink). */
        OUTSIDE,
        NOT_FOUND,
        /** A directory where a file is expected, or the other way round. */
        WRONG_KIND,
        TOO_LARGE,
        EXISTS
    }

    private final Kind kind;

    public WorkspaceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
