package ai.smartsuccess.skillslab.sandbox.backend;

import java.nio.charset.StandardCharsets;

/**
 * How a command ended. {@code exitCode} is 128 + the signal number when a signal ended it (137 for a kill at the time
 * limit), as a shell reports it.
 */
public record ExecResult(
        int exitCode, byte[] stdout, byte[] stderr, long durationMs, boolean timedOut, boolean truncated) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
