package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

/** Writes one {@link TrackingEvent} as one NDJSON line (the shape scoring-service reads). */
@ApplicationScoped
public class TrackingLines {

    private final ObjectMapper mapper;

    TrackingLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Written straight to a generator: this runs for every tracked event, so it builds no intermediate tree. */
    public String line(
            String id, TrackingEventType type, Instant timestamp, Instant receivedAt, String source, JsonNode data) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("type", type.wireName());
            json.writeStringField("timestamp", timestamp.toString());
            json.writeStringField("receivedAt", receivedAt.toString());
            json.writeStringField("source", source);
            json.writeFieldName("data");
            mapper.writeTree(json, data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return out.toString();
    }

    public String line(String id, TrackingEventType type, Instant at, String source, Map<String, Object> data) {
        return line(id, type, at, at, source, mapper.valueToTree(data));
    }
}
