package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records as a newer producer writes them, and records no producer of ours would write, published byte for byte to the
 * real local Kafka; and a reader of a dead-letter topic that sees only what arrives there from now on.
 */
public final class PoisonRecords {

    private static final String SERVERS = "127.0.0.1:9092";

    private PoisonRecords() {}

    public static void publish(String topic, String key, byte[] value) {
        Properties props = new Properties();
        props.put("bootstrap.servers", SERVERS);
        props.put("acks", "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[id.length + 3];
        garbage[0] = (byte) 0xFF;
        garbage[1] = 0x00;
        garbage[2] = (byte) 0xC3;
        System.arraycopy(id, 0, garbage, 3, id.length);
        return garbage;
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    public static byte[] jsonWithoutType() {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"schemaVersion\":1}").getBytes(StandardCharsets.UTF_8);
    }
}
