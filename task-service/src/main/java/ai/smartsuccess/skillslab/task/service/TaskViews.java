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
            String hiddenTestRunner,
            String creatorId,
            /* Set when the task was deleted while assessments still referred to it. */
            OffsetDateTime archivedAt,
            /* draft (seen only by its creator and admins) or published. */
            String status,
            OffsetDateTime publishedAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** {@code visibility}: {@code starter} (the candidate's) or {@code hidden} (shown to the creator and admins). */
    public record TaskFileView(
            UUID id, String path, String visibility, String fileType, long sizeBytes, String mimeType) {}

    public record TaskDetailView(
            @JsonUnwrapped TaskView task, List<TaskFileView> files, EvaluationConfigDocument evaluationConfig) {}

    public record TaskPage(List<TaskView> tasks, long total, boolean hasMore) {}

    public record TaskFileList(List<TaskFileView> files, long totalBytes, long maxFileBytes, long maxTaskBytes) {}

    /** An uploaded file, and whether it replaced one at the same path. */
    public record StoredFile(TaskFileView file, boolean replaced) {}

    /** A file's bytes for download. */
    public record FileContent(String path, String mimeType, byte[] content) {}

    /** What deleting a task did: removed it, or archived it because assessments refer to it. */
    public enum DeleteOutcome {
        DELETED,
        ARCHIVED
    }

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
