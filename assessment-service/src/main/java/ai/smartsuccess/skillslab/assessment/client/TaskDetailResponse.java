package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of task-service's task view; other fields are ignored (tolerant reader).
 *
 * @param status {@code draft} or {@code published}; absent in answers of a task-service that predates publishing,
 *     which only had published tasks
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskDetailResponse(
        UUID id,
        String title,
        String description,
        String taskType,
        String difficulty,
        int timeLimitMinutes,
        boolean isDefault,
        Boolean isActive,
        boolean usesPlatformKeys,
        Integer maxAttempts,
        OffsetDateTime accessStartDate,
        OffsetDateTime accessEndDate,
        String runtime,
        String visibleTestCommand,
        String creatorId,
        OffsetDateTime archivedAt,
        EvaluationConfig evaluationConfig,
        String status) {

    public static final String DRAFT = "draft";

    /** A task its creator has not published yet: nobody else may take it or be invited to it. */
    public boolean isDraft() {
        return DRAFT.equals(status);
    }
}
