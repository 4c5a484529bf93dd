package ai.smartsuccess.skillslab.sandbox.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the sandbox API takes and returns. */
public final class SandboxViews {

    public record ProvisionRequest(
            @NotNull UUID assessmentId,
            @NotNull UUID taskId,
            @NotBlank @Size(max = 255) String ownerId,
            @NotNull Instant deadline) {}

    /** {@code status}: ready, expired, finalizing or terminated. */
    public record SandboxView(UUID assessmentId, String sandboxId, String backend, String status, long readyMillis) {}

    /** A provisioning answer and whether it created the sandbox (201) or found it (200). */
    public record Provisioned(SandboxView sandbox, boolean created) {}

    public record FileEntry(String path, String type, long size) {}

    public record FileList(List<FileEntry> entries) {}

    public record FileContent(String path, String content, long size) {}

    public record WriteFileRequest(
            @NotNull(message = "is required") String content) {}

    public record FileWritten(String path, long size) {}

    public record MoveFileRequest(
            @NotBlank(message = "is required") String newPath) {}

    public record FileMoved(String path) {}

    public record RunRequest(
            @NotBlank(message = "is required") @Size(max = 10_000)
            String command) {}

    /**
     * How a run ended: {@code timedOut} when its time limit killed it, {@code stopped} when a Stop did ({@code exitCode}
     * is then what the process got, 137 for the kill).
     */
    public record RunResult(
            int exitCode,
            String stdout,
            String stderr,
            long durationMs,
            boolean truncated,
            boolean timedOut,
            boolean stopped,
            long timeLimitSeconds) {}

    /** The run time limit, and whether a run of the session is under way. */
    public record RunStatus(long timeLimitSeconds, boolean running) {}

    private SandboxViews() {}
}
