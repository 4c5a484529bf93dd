package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The Run tab's commands in a session's sandbox (the same on both backends): each runs {@code bash -lc command} in its
 * own process group, marked in its environment, so that Stop can find and kill exactly those groups from inside the
 * sandbox while the terminal and the hidden tests carry on.
 */
@ApplicationScoped
public class RunCommands {

    private static final Logger LOG = Logger.getLogger(RunCommands.class);
    static final String MARKER_NAME = "SKILLSLAB_RUN";
    static final String MARKER_VALUE = "1";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final SandboxBackend backend;

    RunCommands(SandboxBackend backend) {
        this.backend = backend;
    }

    /** Runs the command to its end, its time limit or a {@link #stopAll stop}. Blocks. */
    public ExecResult run(UUID id, String command, Duration timeLimit, int maxOutputBytes, Instant notAfter) {
        TreeMap<String, String> marker = new TreeMap<>();
        marker.put(MARKER_NAME, MARKER_VALUE);
        return backend.exec(
                id,
                new ExecRequest(
                        List.of("/bin/bash", "-lc", command), null, timeLimit, maxOutputBytes, notAfter, marker));
    }

    /** Kills every running Run-tab command of the session with its whole process group. Blocks. */
    public void stopAll(UUID id, Instant notAfter) {
        ExecResult result = backend.exec(
                id,
                new ExecRequest(
                        List.of("/usr/bin/python3", "-c", Scripts.STOP_RUNS, MARKER_NAME + "=" + MARKER_VALUE),
                        null,
                        STOP_TIMEOUT,
                        4096,
                        notAfter));
        if (result.exitCode() != 0) {
            LOG.warnf(
                    "stopping the runs of session %s failed with %d: %s",
                    id, result.exitCode(), WorkspaceOperations.tail(result.stderrText()));
        }
    }
}
