package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something the sandbox observed in a session, as evidence the browser cannot forge. Published from the sandbox
 * orchestrator's outbox at least once; consumers are idempotent by {@link #eventId()}.
 *
 * @param sequence per session, from 1 without gaps (an {@code activity_dropped} event takes its number too), so that a
 *     consumer knows when it holds everything up to a given point
 * @param kind the tracking event type it becomes: {@code terminal_command} {@code {command}}, {@code test_run}
 *     {@code {command, exitCode, durationMs, timedOut, stopped}} or {@code activity_dropped} {@code {count, bytes,
 *     firstAt, lastAt}} (what the session's own budget turned away)
 * @param data the tracking event's data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SandboxActivity(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        long sequence,
        String kind,
        Map<String, Object> data)
        implements SandboxActivityEvent {

    public static final String TYPE = "SandboxActivity";
    public static final int SCHEMA_VERSION = 1;

    public static final String TERMINAL_COMMAND = "terminal_command";
    public static final String TEST_RUN = "test_run";
    public static final String ACTIVITY_DROPPED = "activity_dropped";

    public SandboxActivity {
        type = TYPE;
        data = data == null ? Map.of() : data;
    }

    public static SandboxActivity of(
            UUID assessmentId, long sequence, String kind, Instant occurredAt, Map<String, Object> data) {
        return new SandboxActivity(
                UUID.randomUUID(), TYPE, SCHEMA_VERSION, occurredAt, assessmentId, sequence, kind, data);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }
}
