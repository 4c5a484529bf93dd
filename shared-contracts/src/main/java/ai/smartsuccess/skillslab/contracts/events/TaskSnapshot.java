package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The task as the candidate saw it, frozen at the start of the session. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskSnapshot(
        UUID id,
        String title,
        String description,
        String taskType,
        String difficulty,
        int timeLimitMinutes,
        boolean isDefault,
        String creatorId) {}
