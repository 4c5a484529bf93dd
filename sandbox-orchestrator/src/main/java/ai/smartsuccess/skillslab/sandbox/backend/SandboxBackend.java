package ai.smartsuccess.skillslab.sandbox.backend;

import java.util.Set;
import java.util.UUID;

/**
 * Where sandboxes run: bubblewrap jails on this machine ({@code local}) or one pod per session ({@code kubernetes}).
 * Every method blocks; callers run them on worker threads. Sandboxes are named by assessment id: one per assessment.
 */
public interface SandboxBackend {

    /** {@code local} or {@code kubernetes}, as recorded with each session. */
    String name();

    /**
     * Creates the session's sandbox with the starter files in its workspace and returns once it accepts commands.
     *
     * @return the backend's id of the sandbox (a jail's pid namespace, a pod name)
     */
    String create(SandboxSpec spec);

    /**
     * Runs a command in the session's sandbox as the candidate's user, in {@code /workspace}. If the sandbox's
     * processes were stopped (or it crashed) it is started again over the same workspace first.
     */
    ExecResult exec(UUID assessmentId, ExecRequest request);

    /** An interactive login shell on a pseudo-terminal in the session's sandbox. */
    TerminalProcess openTerminal(UUID assessmentId, TerminalSize size, java.time.Instant notAfter);

    /**
     * Runs one command in a sandbox of its own for the session: a new one whose workspace holds exactly {@code run}'s
     * files, and nothing else of the session (none of its processes, files or temporary files), under the same limits as
     * the session's sandbox. It is removed before this returns, also when the command fails. Finalize runs the hidden
     * tests so, after the session's processes were stopped and its final snapshot taken: nothing the candidate left
     * running or hidden outside the snapshot can reach them.
     */
    ExecResult runIsolated(UUID assessmentId, IsolatedRun run);

    /** Ends every process of the session; the workspace stays, for the snapshot and the hidden tests. Idempotent. */
    void stopProcesses(UUID assessmentId);

    /** Removes the sandbox and its workspace. Idempotent. */
    void destroy(UUID assessmentId);

    /** Keeps idle sandboxes ready for new sessions, where the backend has such a pool. */
    default void refillWarmPool() {}

    /** Sessions this backend holds something for (a workspace, a jail, a pod), for the orphan reaper. */
    Set<UUID> known();
}
