package ai.smartsuccess.skillslab.task;

import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records to the real local Kafka, as a producer of ours writes them or as none would. */
final class KafkaEvents implements AutoCloseable {

    static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, byte[]> producer;

    KafkaEvents() {
        Properties config = new Properties();
        config.put("bootstrap.servers", BOOTSTRAP);
        config.put("acks", "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** A channel that starts at the end of its topic sees only what is produced once it owns its partitions. */
    static void awaitAssigned(String channel) {
        KafkaClientService clients =
                Arc.container().instance(KafkaClientService.class).get();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !clients.getConsumer(channel)
                        .getAssignments()
                        .await()
                        .atMost(Duration.ofSeconds(5))
                        .isEmpty());
    }

    void send(String topic, DomainEvent event) {
        send(topic, event.key(), json(event));
    }

    void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] json(DomainEvent event) {
        return JSON.valueToTree(event).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The event as a newer producer writes it: with a field this service does not know. */
    static byte[] withAddedField(DomainEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        node.putObject("addedLater")
                .put("by", "a newer producer")
                .putArray("items")
                .add(1);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call. */
    static byte[] garbage() {
        return PoisonBytes.garbage();
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    static byte[] jsonWithoutType() {
        return PoisonBytes.jsonWithoutType();
    }

    @Override
    public void close() {
        producer.close();
    }
}
