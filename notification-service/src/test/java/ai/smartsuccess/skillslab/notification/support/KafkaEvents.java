package ai.smartsuccess.skillslab.notification.support;

import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to the real local Kafka, on the test topics the service reads. */
public final class KafkaEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json;

    public KafkaEvents(ObjectMapper json) {
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:9092");
        props.put("acks", "all");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.json = json;
    }

    /** The service's consumers start at the end of the topics: produce only once they own their partitions. */
    public static void awaitAssigned(KafkaClientService clients, List<String> channels) {
        for (String channel : channels) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !clients.getConsumer(channel)
                            .getAssignments()
                            .await()
                            .atMost(Duration.ofSeconds(5))
                            .isEmpty());
        }
    }

    public void send(String topic, DomainEvent event) {
        send(topic, event.key(), serialized(event));
    }

    /** A record exactly as given (for records no producer of ours would write). */
    public void send(String topic, String key, String value) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A record of these bytes exactly. */
    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String serialized(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
