package ai.smartsuccess.skillslab.sandbox.backend;

import java.io.IOException;
import java.io.InputStream;

/** A shell on a pseudo-terminal in a sandbox. */
public interface TerminalProcess extends AutoCloseable {

    /** What the terminal prints; ends when the shell exits. */
    InputStream output();

    /** Bytes typed by the user. */
    void write(byte[] input) throws IOException;

    void resize(TerminalSize size);

    /** Blocks until the shell ended and returns its exit code. */
    int waitFor() throws InterruptedException;

    boolean isAlive();

    /** Ends the shell and everything it started in the foreground. */
    @Override
    void close();
}
