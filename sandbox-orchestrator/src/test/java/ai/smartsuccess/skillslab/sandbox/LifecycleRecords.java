package ai.smartsuccess.skillslab.sandbox;

import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
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
 * Records on the real Kafka's {@code test.assessment-lifecycle}, byte for byte (also ones no producer of ours would
 * write), and a reader of its dead-letter topic that sees only what this service refused from now on.
 */
final class LifecycleRecords {

    static final String TOPIC = "test.assessment-lifecycle";
    private static final String BOOTSTRAP = "127.0.0.1:9092";

    private LifecycleRecords() {}

    static void publish(String key, byte[] value) {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("acks", "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** AssessmentSubmitted as assessment-service writes it, with {@code extra} JSON members appended. */
    static byte[] submitted(UUID id, String extra) {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AssessmentSubmitted\",\"schemaVersion\":1,"
                        + "\"occurredAt\":\"" + Instant.now() + "\",\"assessmentId\":\"" + id
                        + "\",\"attemptNumber\":1,\"timeSpentSeconds\":60,\"autoSubmitted\":false" + extra + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call. */
    static byte[] garbage() {
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[id.length + 3];
        garbage[0] = (byte) 0xFF;
        garbage[1] = 0x00;
        garbage[2] = (byte) 0xC3;
        System.arraycopy(id, 0, garbage, 3, id.length);
        return garbage;
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    static byte[] jsonWithoutType() {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"schemaVersion\":1}").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads {@code test.assessment-lifecycle.dlq} from its current end, for what this service's group refused. */
    static final class DeadLetters implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        private final byte[] group = ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.assessment-lifecycle.group.id", String.class)
                .getBytes(StandardCharsets.UTF_8);

        DeadLetters() {
            String topic = TOPIC + ".dlq";
            Properties props = new Properties();
            props.put("bootstrap.servers", BOOTSTRAP);
            props.put("group.id", "sandbox-tests-" + UUID.randomUUID());
            props.put("enable.auto.commit", "false");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        /** Whether a record of exactly these bytes, refused by this service, has arrived (polling once). */
        boolean contains(byte[] value) {
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
