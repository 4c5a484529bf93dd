package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** A session's sandbox holds the starter files and accepts commands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SandboxReady(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        String sandboxId,
        String backend,
        long readyMillis)
        implements SandboxLifecycleEvent {

    public static final String TYPE = "SandboxReady";
    public static final int SCHEMA_VERSION = 1;

    public SandboxReady {
        type = TYPE;
    }

    public static SandboxReady of(UUID assessmentId, String sandboxId, String backend, long readyMillis) {
        return new SandboxReady(
                UUID.randomUUID(), TYPE, SCHEMA_VERSION, Instant.now(), assessmentId, sandboxId, backend, readyMillis);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
