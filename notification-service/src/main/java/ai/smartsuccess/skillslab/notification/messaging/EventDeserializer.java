package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the events of one topic. A record is read when it is a JSON object whose {@code type} is one this service
 * handles, at the schema version it knows, with the envelope and every field the service relies on; fields a newer
 * producer added are ignored (the event records tolerate them). An event of a type this service does not handle (one
 * meant for other services, or one added to the topic later) becomes a null payload that the consumers skip.
 *
 * <p>Anything else fails here, so the connector sends the record, its bytes unchanged, to the topic's dead-letter queue
 * instead of acknowledging it: a record that is not JSON or not an event, an unknown schema version, a missing field.
 * A field is checked on the JSON itself, so a missing number is not mistaken for a zero.
 */
public abstract class EventDeserializer<T extends DomainEvent> implements Deserializer<T> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final List<String> ENVELOPE = List.of("eventId", "schemaVersion", "occurredAt");

    private final Class<T> topicType;
    private final Map<String, Readable> handled;

    /** @param handled by event type, what this service needs to act on it */
    protected EventDeserializer(Class<T> topicType, Map<String, Readable> handled) {
        this.topicType = topicType;
        this.handled = Map.copyOf(handled);
    }

    /**
     * What this service needs of an event type.
     *
     * @param schemaVersion the version it reads (a version is raised only for incompatible changes)
     * @param fields fields it relies on beyond the envelope, nested ones with dots ({@code candidate.email})
     */
    protected record Readable(int schemaVersion, List<String> fields) {

        static Readable of(int schemaVersion, String... fields) {
            return new Readable(schemaVersion, List.of(fields));
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JsonNode json = parse(data);
        JsonNode typeNode = json.get("type");
        if (!json.isObject() || typeNode == null || !typeNode.isTextual()) {
            throw new SerializationException("not an event: a JSON object with a type was expected");
        }
        String type = typeNode.asText();
        Readable readable = handled.get(type);
        if (readable == null) {
            return null;
        }
        List<String> missing = Stream.concat(ENVELOPE.stream(), readable.fields().stream())
                .filter(field -> absent(json, field))
                .toList();
        if (!missing.isEmpty()) {
            throw new SerializationException(type + " without " + String.join(", ", missing));
        }
        JsonNode version = json.get("schemaVersion");
        if (!version.isInt() || version.asInt() != readable.schemaVersion()) {
            throw new SerializationException(type + " schema version " + version + " is not one this service reads ("
                    + readable.schemaVersion() + ")");
        }
        try {
            return JSON.treeToValue(json, topicType);
        } catch (JsonProcessingException e) {
            throw new SerializationException(type + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode parse(byte[] data) {
        try {
            JsonNode json = JSON.readTree(data);
            if (json == null || json.isMissingNode()) {
                throw new SerializationException("not an event: empty");
            }
            return json;
        } catch (IOException e) {
            throw new SerializationException("not JSON: " + e.getMessage(), e);
        }
    }

    private static boolean absent(JsonNode json, String field) {
        JsonNode value = json.at("/" + field.replace('.', '/'));
        return value.isMissingNode() || value.isNull();
    }
}
