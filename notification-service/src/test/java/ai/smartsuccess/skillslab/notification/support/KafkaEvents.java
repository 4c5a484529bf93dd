package ai.smartsuccess.skillslab.notification.support;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.platform.test.Channels;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import java.util.List;

/** Publishes events to the real local Kafka, on the test topics the service reads. */
public final class KafkaEvents implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();
    private final ObjectMapper json;

    public KafkaEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The service's consumers start at the end of the topics: produce only once they own their partitions. */
    public static void awaitAssigned(KafkaClientService clients, List<String> channels) {
        Channels.awaitAssigned(clients, channels);
    }

    public void send(String topic, DomainEvent event) {
        send(topic, event.key(), serialized(event));
    }

    /** A record exactly as given (for records no producer of ours would write). */
    public void send(String topic, String key, String value) {
        writer.send(topic, key, value);
    }

    /** A record of these bytes exactly. */
    public void send(String topic, String key, byte[] value) {
        writer.send(topic, key, value);
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
        writer.close();
    }
}
