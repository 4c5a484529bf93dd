package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Records as a newer producer writes them, and records no producer of ours would write, published byte for byte to the
 * real local Kafka; and a reader of a dead-letter topic that sees only what arrives there from now on.
 */
public final class PoisonRecords {

    private static final String SERVERS = "127.0.0.1:9092";

    private PoisonRecords() {}

    public static void publish(String topic, String key, byte[] value) {
        PoisonBytes.publish(topic, key, value);
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

    public static byte[] changed(DomainEvent event, Consumer<ObjectNode> change) {
        ObjectNode node = KafkaTopics.JSON.valueToTree(event);
        change.accept(node);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call. */
    public static byte[] garbage() {
        return PoisonBytes.garbage();
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    public static byte[] jsonWithoutType() {
        return PoisonBytes.jsonWithoutType();
    }
}
