package ai.smartsuccess.skillslab.platform.test;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The real local Kafka broker that the services' tests publish to and read from. */
public final class TestKafka {

    /** {@code -Dkafka.bootstrap} to point the tests at another broker. */
    public static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");

    /** Publishes one record exactly as given (also what no producer of ours would write), once the broker has it. */
    public static RecordMetadata publish(String topic, String key, byte[] value) {
        try (TopicWriter writer = new TopicWriter()) {
            return writer.send(topic, key, value);
        }
    }

    /** Publishes one record of this text (UTF-8) exactly as given, once the broker has it. */
    public static RecordMetadata publish(String topic, String key, String value) {
        return publish(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private TestKafka() {}
}
