package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The deadline of a session passed; the server submits whatever the sandbox holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentExpired(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        String userId,
        Instant deadline)
        implements AssessmentLifecycleEvent {

    public static final String TYPE = "AssessmentExpired";
    public static final int SCHEMA_VERSION = 1;

    public AssessmentExpired {
        type = TYPE;
    }

    public static AssessmentExpired of(UUID assessmentId, String userId, Instant deadline) {
        return new AssessmentExpired(
                UUID.randomUUID(), TYPE, SCHEMA_VERSION, Instant.now(), assessmentId, userId, deadline);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
