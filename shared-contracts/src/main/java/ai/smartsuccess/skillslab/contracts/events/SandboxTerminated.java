package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A session's sandbox is gone.
 *
 * @param reason {@code finalized}, {@code destroyed}, {@code deadline}, {@code reaped} or {@code failed}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SandboxTerminated(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        String sandboxId,
        String reason)
        implements SandboxLifecycleEvent {

    public static final String TYPE = "SandboxTerminated";
    public static final int SCHEMA_VERSION = 1;

    public SandboxTerminated {
        type = TYPE;
    }

    public static SandboxTerminated of(UUID assessmentId, String sandboxId, String reason) {
        return new SandboxTerminated(
                UUID.randomUUID(), TYPE, SCHEMA_VERSION, Instant.now(), assessmentId, sandboxId, reason);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
