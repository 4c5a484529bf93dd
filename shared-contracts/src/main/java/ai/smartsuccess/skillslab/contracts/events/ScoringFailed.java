package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** Scoring gave up on an assessment after bounded retries; the reason is safe to show to its owner. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringFailed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        String userId,
        String scoringVersion,
        String reason)
        implements ScoreResultEvent {

    public static final String TYPE = "ScoringFailed";
    public static final int SCHEMA_VERSION = 1;

    public ScoringFailed {
        type = TYPE;
    }

    public static ScoringFailed of(UUID assessmentId, String userId, String scoringVersion, String reason) {
        return new ScoringFailed(
                UUID.randomUUID(), TYPE, SCHEMA_VERSION, Instant.now(), assessmentId, userId, scoringVersion, reason);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
