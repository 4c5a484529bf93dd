package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the sandbox orchestrator's API; answers are read tolerantly. */
public final class SandboxDtos {

    public record ProvisionRequest(UUID assessmentId, UUID taskId, String ownerId, Instant deadline) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provisioned(UUID assessmentId, String sandboxId, String backend, String status, Long readyMillis) {}

    /**
     * @param activitySequence the last sequence of the session's {@code SandboxActivity} (null from a sandbox that does
     *     not number its activity): the tracking record is sealed once it holds everything up to it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finalized(
            UUID assessmentId,
            ObjectRef finalFiles,
            ObjectRef starterFiles,
            List<JsonNode> files,
            HiddenTestResults hiddenTests,
            Long activitySequence) {

        /** The paths of the final files; entries may be plain paths or objects with a {@code path}. */
        public List<String> paths() {
            if (files == null) {
                return List.of();
            }
            return files.stream()
                    .map(file ->
                            file.isTextual() ? file.asText() : file.path("path").asText(null))
                    .filter(path -> path != null && !path.isBlank())
                    .toList();
        }
    }

    public record FileContent(String content) {}

    /** A workspace file as the sandbox reads it back (a text file). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileText(String path, String content, Long size) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileWritten(String path, Long size) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileListing(List<FileEntry> entries) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileEntry(String path, String type, Long size) {}

    private SandboxDtos() {}
}
