package ai.smartsuccess.skillslab.platform.messaging;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.platform.messaging.HandledEvents.Readable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the events of one channel, as its {@code handled-events} property declares them ({@link HandledEvents}), for
 * example
 *
 * <pre>
 * mp.messaging.incoming.invitations.value.deserializer=ai.smartsuccess.skillslab.platform.messaging.EventDeserializer
 * mp.messaging.incoming.invitations.handled-events=InvitationAccepted(invitationId taskId senderId recipientUserId)
 * </pre>
 *
 * A record is read when it is a JSON object whose {@code type} is one the channel handles, at the schema version this
 * service knows, with the envelope and every field the service relies on; fields a newer producer added are ignored (the
 * event records tolerate them). An event of a type the channel does not handle (one meant for other services, or one
 * added to the topic later) becomes a null payload that the consumers skip.
 *
 * <p>Anything else fails here, so that the connector (with {@code fail-on-deserialization-failure=false} and the
 * dead-letter-queue failure strategy) sends the record, its bytes unchanged, to the topic's dead-letter queue instead of
 * acknowledging it: a record that is not JSON or not an event, an unknown schema version, a missing field. A field is
 * checked on the JSON itself, so a missing number is not mistaken for a zero.
 *
 * <p>Registered for reflection: the connector creates it from its class name, in a native image too.
 */
@RegisterForReflection
public class EventDeserializer implements Deserializer<DomainEvent> {

    /**
     * Added to a record this deserializer refuses: the consumer group that refused it. Several services read one topic
     * and dead-letter to one {@code <topic>.dlq}; this tells whose refusal a dead letter is.
     */
    public static final String REFUSED_BY_HEADER = "event-refused-by";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final List<String> ENVELOPE = List.of("eventId", "schemaVersion", "occurredAt");

    private Map<String, Readable> handled;
    private byte[] group;

    /** Configured by the connector from the channel's properties. */
    public EventDeserializer() {}

    /** @param handledEvents what the channel reads, in the syntax of the {@code handled-events} property */
    public EventDeserializer(String handledEvents) {
        this.handled = HandledEvents.parse(handledEvents);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object declaration = configs.get(HandledEvents.PROPERTY);
        if (declaration == null) {
            throw new ConfigException(HandledEvents.PROPERTY, null, "must name the event types the channel reads");
        }
        handled = HandledEvents.parse(declaration.toString());
        Object groupId = configs.get(ConsumerConfig.GROUP_ID_CONFIG);
        group = groupId == null ? null : groupId.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public DomainEvent deserialize(String topic, Headers headers, byte[] data) {
        try {
            return deserialize(topic, data);
        } catch (SerializationException e) {
            if (headers != null && group != null) {
                try {
                    headers.add(REFUSED_BY_HEADER, group);
                } catch (IllegalStateException readOnly) {
                    // the record goes on without it
                }
            }
            throw e;
        }
    }

    @Override
    public DomainEvent deserialize(String topic, byte[] data) {
        if (handled == null) {
            throw new IllegalStateException("not configured: the channel has no " + HandledEvents.PROPERTY);
        }
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
            return JSON.treeToValue(json, readable.type());
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
