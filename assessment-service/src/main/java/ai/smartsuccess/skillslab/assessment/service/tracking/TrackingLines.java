package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

/**
 * Writes one event the server records itself (the AI proxy, the sandbox's activity) as one NDJSON line, in the shape of {@link TrackingEvent}
 * that scoring-service reads. The candidate's batches are turned into lines by {@link TrackingBatchParser}.
 */
@ApplicationScoped
public class TrackingLines {

    private final ObjectMapper mapper;

    TrackingLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String line(String id, TrackingEventType type, Instant at, String source, Map<String, Object> data) {
        return line(id, type, at, at, source, data);
    }

    /** Written straight to a generator, without an intermediate tree for the event around the data. */
    public String line(
            String id,
            TrackingEventType type,
            Instant at,
            Instant receivedAt,
            String source,
            Map<String, Object> data) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("type", type.wireName());
            json.writeStringField("timestamp", at.toString());
            json.writeStringField("receivedAt", receivedAt.toString());
            json.writeStringField("source", source);
            json.writeFieldName("data");
            mapper.writeValue(json, data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("event data always serialises", e);
        }
        return out.toString();
    }
}
