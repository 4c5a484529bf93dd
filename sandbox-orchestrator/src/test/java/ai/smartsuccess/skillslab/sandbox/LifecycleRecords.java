package ai.smartsuccess.skillslab.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

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
}
