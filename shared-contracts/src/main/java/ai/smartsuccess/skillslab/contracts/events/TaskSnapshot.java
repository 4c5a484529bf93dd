package ai.smartsuccess.skillslab.contracts.events;

import java.util.UUID;

/** The task as the candidate saw it, frozen at the start of the session. */
public record TaskSnapshot(
        UUID id,
        String title,
        String description,
        String taskType,
        String difficulty,
        int timeLimitMinutes,
        boolean isDefault,
        String creatorId) {}
