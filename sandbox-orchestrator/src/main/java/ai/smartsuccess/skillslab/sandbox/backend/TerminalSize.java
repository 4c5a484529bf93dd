package ai.smartsuccess.skillslab.sandbox.backend;

/** Columns and rows of a terminal, kept within what a real screen has. */
public record TerminalSize(int cols, int rows) {

    public static final TerminalSize DEFAULT = new TerminalSize(80, 24);

    public TerminalSize {
        cols = Math.max(2, Math.min(cols, 1000));
        rows = Math.max(2, Math.min(rows, 500));
    }
}
