package ai.smartsuccess.skillslab.sandbox.backend;

import java.util.List;

/**
 * One command for a sandbox of its own (see {@link SandboxBackend#runIsolated}).
 *
 * @param files the workspace's files: the candidate's, which processes in that sandbox may change
 * @param platformFiles the platform's files (the hidden tests): no process in that sandbox may change, move or delete
 *     them, as far as the backend can ensure it (see the backends)
 * @param request the command; {@code notAfter} is ignored, the sandbox lives for the command's timeout
 */
public record IsolatedRun(List<WorkspaceFile> files, List<WorkspaceFile> platformFiles, ExecRequest request) {

    public IsolatedRun {
        files = List.copyOf(files);
        platformFiles = List.copyOf(platformFiles);
    }
}
