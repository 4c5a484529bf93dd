package ai.smartsuccess.skillslab.platform.test;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A producer on the local broker for a test that publishes several records: each send returns once every replica has
 * the record, so what the test does next can rely on it being there.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TopicWriter() {
        Properties props = TestKafka.clientProperties();
        props.put("acks", "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** A record of these bytes exactly. */
    public RecordMetadata send(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    /** The event as a producer of ours publishes it: its JSON ({@link EventJson}), under its key. */
    public RecordMetadata send(String topic, DomainEvent event) {
        return send(topic, event.key(), EventJson.bytes(event));
    }

    /** A record of this text (UTF-8) exactly. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
