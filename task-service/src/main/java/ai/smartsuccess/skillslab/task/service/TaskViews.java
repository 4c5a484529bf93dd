package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the task API returns, in the camelCase names of the product's API reference. */
public final class TaskViews {

    public record TaskView(
            UUID id,
            String title,
            String description,
            String taskType,
            String difficulty,
            int timeLimitMinutes,
            boolean isDefault,
            boolean isPublic,
            boolean isActive,
            boolean usesPlatformKeys,
            Integer maxAttempts,
            OffsetDateTime accessStartDate,
            OffsetDateTime accessEndDate,
            String runtime,
            String visibleTestCommand,
            String creatorId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    public record TaskFileView(UUID id, String path, String fileType, long sizeBytes, String mimeType) {}

    public record TaskDetailView(
            @JsonUnwrapped TaskView task, List<TaskFileView> files, EvaluationConfigDocument evaluationConfig) {}

    public record TaskPage(List<TaskView> tasks, long total, boolean hasMore) {}

    /**
     * Everything a sandbox needs to run a session of the task: the starter files, and the hidden test suite that is
     * only copied in when the session is finalized.
     */
    public record TaskBundle(
            UUID taskId,
            String runtime,
            String visibleTestCommand,
            String hiddenTestRunner,
            List<BundleFile> starterFiles,
            List<BundleFile> hiddenFiles) {}

    public record BundleFile(String path, String contentBase64) {}

    private TaskViews() {}
}
