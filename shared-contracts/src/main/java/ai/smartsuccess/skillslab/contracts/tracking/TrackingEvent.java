package ai.smartsuccess.skillslab.contracts.tracking;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a tracking NDJSON object.
 *
 * @param id unique per assessment, chosen by the client (or the server for server-recorded events); duplicates are
 *     dropped
 * @param timestamp when it happened, by the recording side's clock (kept as sent)
 * @param receivedAt when the server accepted it
 * @param source {@code client} or {@code server}
 */
public record TrackingEvent(
        String id,
        TrackingEventType type,
        Instant timestamp,
        Instant receivedAt,
        String source,
        Map<String, Object> data) {

    public static final String SOURCE_CLIENT = "client";
    public static final String SOURCE_SERVER = "server";
}
