package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

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

    /**
     * Reads a dead-letter topic from its current end, looking only for what the consumer group of one channel refused
     * (several services dead-letter to the same topic).
     */
    public static final class DeadLetters implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        private final byte[] group;

        /** @param channel the incoming channel of this service whose refusals to look for */
        public DeadLetters(String topic, String channel) {
            group = ConfigProvider.getConfig()
                    .getValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                    .getBytes(StandardCharsets.UTF_8);
            Properties props = new Properties();
            props.put("bootstrap.servers", SERVERS);
            props.put("group.id", "assessment-tests-" + UUID.randomUUID());
            props.put("enable.auto.commit", "false");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        /** Whether a record of exactly these bytes, refused by the channel's group, has arrived (polling once). */
        public boolean contains(byte[] value) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                seen.add(record);
            }
            return seen.stream().anyMatch(r -> Arrays.equals(value, r.value()) && refusedByUs(r));
        }

        private boolean refusedByUs(ConsumerRecord<String, byte[]> record) {
            Header refusedBy = record.headers().lastHeader(EventDeserializer.REFUSED_BY_HEADER);
            return refusedBy != null && Arrays.equals(group, refusedBy.value());
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
