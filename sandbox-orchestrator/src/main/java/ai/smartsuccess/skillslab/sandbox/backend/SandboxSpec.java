package ai.smartsuccess.skillslab.sandbox.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a new sandbox needs.
 *
 * @param deadline the sandbox ends by itself at this time, whatever the orchestrator does
 */
public record SandboxSpec(UUID assessmentId, String runtime, Instant deadline, List<WorkspaceFile> files) {

    public SandboxSpec {
        files = List.copyOf(files);
    }
}
