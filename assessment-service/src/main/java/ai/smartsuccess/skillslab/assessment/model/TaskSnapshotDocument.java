package ai.smartsuccess.skillslab.assessment.model;

import java.util.UUID;

/** The task as it was when the assessment was created; later edits of the task do not change a running session. */
public record TaskSnapshotDocument(
        UUID id,
        String title,
        String description,
        String taskType,
        String difficulty,
        int timeLimitMinutes,
        boolean isDefault,
        String creatorId,
        boolean usesPlatformKeys,
        Integer maxAttempts,
        String runtime,
        String visibleTestCommand) {}
