package ai.smartsuccess.skillslab.sandbox.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One command for a sandbox.
 *
 * @param argv program and arguments, never passed through a host shell
 * @param stdin bytes for its standard input (empty for none)
 * @param timeout wall-clock limit; the command and everything it started in its process group are killed after it
 * @param maxOutputBytes bytes kept per stream; the rest is discarded and flagged
 * @param notAfter if the sandbox has to be started again for this command, it lives until then at most
 * @param env variables added to the sandbox's environment, already in the environment of the process that leads the
 *     command's process group (so that a command can be found by them, see {@code stop_runs.py})
 */
public record ExecRequest(
        List<String> argv,
        byte[] stdin,
        Duration timeout,
        int maxOutputBytes,
        Instant notAfter,
        SortedMap<String, String> env) {

    public ExecRequest {
        argv = List.copyOf(argv);
        stdin = stdin == null ? new byte[0] : stdin;
        env = env == null ? new TreeMap<>() : new TreeMap<>(env);
    }

    public ExecRequest(List<String> argv, byte[] stdin, Duration timeout, int maxOutputBytes, Instant notAfter) {
        this(argv, stdin, timeout, maxOutputBytes, notAfter, null);
    }
}
