package ai.smartsuccess.skillslab.sandbox.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One command for a sandbox.
 *
 * @param argv program and arguments, never passed through a host shell
 * @param stdin bytes for its standard input (empty for none)
 * @param timeout wall-clock limit; the command and everything it started in its process group are killed after it
 * @param maxOutputBytes bytes kept per stream; the rest is discarded and flagged
 * @param notAfter if the sandbox has to be started again for this command, it lives until then at most
 */
public record ExecRequest(List<String> argv, byte[] stdin, Duration timeout, int maxOutputBytes, Instant notAfter) {

    public ExecRequest {
        argv = List.copyOf(argv);
        stdin = stdin == null ? new byte[0] : stdin;
    }
}
