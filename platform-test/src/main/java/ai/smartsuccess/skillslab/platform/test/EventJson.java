package ai.smartsuccess.skillslab.platform.test;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Contract events as the services' producers write them (JSON, ISO-8601 times), and as a newer producer might. */
public final class EventJson {

    /** Writes events as the services' Kafka serializers do. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventJson() {}

    /** The record value a producer of ours writes for {@code event}. */
    public static byte[] bytes(DomainEvent event) {
        return JSON.valueToTree(event).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The event as a newer producer writes it: with a field this service does not know. */
    public static byte[] withAddedField(DomainEvent event) {
        return changed(
                event,
                node -> node.putObject("addedLater")
                        .put("by", "a newer producer")
                        .putArray("items")
                        .add(1));
    }

    /** The event's JSON after {@code change} (a field removed, say: what no producer of ours would write). */
    public static byte[] changed(DomainEvent event, Consumer<ObjectNode> change) {
        ObjectNode node = JSON.valueToTree(event);
        change.accept(node);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
