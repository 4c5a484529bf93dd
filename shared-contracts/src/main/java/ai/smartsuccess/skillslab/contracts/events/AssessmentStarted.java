package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** A candidate started a timed session; the sandbox is running and the clock is ticking. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentStarted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        UUID taskId,
        String userId,
        Instant startedAt,
        Instant deadline)
        implements AssessmentLifecycleEvent {

    public static final String TYPE = "AssessmentStarted";
    public static final int SCHEMA_VERSION = 1;

    public AssessmentStarted {
        type = TYPE;
    }

    public static AssessmentStarted of(
            UUID assessmentId, UUID taskId, String userId, Instant startedAt, Instant deadline) {
        return new AssessmentStarted(
                UUID.randomUUID(),
                TYPE,
                SCHEMA_VERSION,
                Instant.now(),
                assessmentId,
                taskId,
                userId,
                startedAt,
                deadline);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
