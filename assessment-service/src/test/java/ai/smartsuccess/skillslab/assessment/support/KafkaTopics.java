package ai.smartsuccess.skillslab.assessment.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The real local Kafka, on the test. topics: read what this service published, publish what scoring would. */
public final class KafkaTopics {

    public static final String LIFECYCLE = "test.assessment-lifecycle";
    public static final String SCORE_RESULTS = "test.score-results";
    public static final String INVITATIONS = "test.invitations";
    public static final String ACCOUNTS = "test.account-lifecycle";
    public static final String SANDBOX_ACTIVITY = "test.sandbox-activity";
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SERVERS = "127.0.0.1:9092";

    /** A reader positioned at the end of a topic: it sees only what is published from now on. */
    public static final class Reader implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        public Reader(String topic) {
            Properties props = new Properties();
            props.put("bootstrap.servers", SERVERS);
            props.put("group.id", "assessment-tests-" + UUID.randomUUID());
            props.put("enable.auto.commit", "false");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        /** Waits for the event of {@code type} keyed by {@code key}. */
        public JsonNode await(String key, String type, Duration timeout) {
            return awaitMatching(key, node -> type.equals(node.path("type").asText()), timeout);
        }

        public JsonNode awaitMatching(String key, Predicate<JsonNode> wanted, Duration timeout) {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                }
                for (ConsumerRecord<String, String> record : seen) {
                    JsonNode node = read(record.value());
                    if (key.equals(record.key()) && wanted.test(node)) {
                        return node;
                    }
                }
            }
            throw new AssertionError("no matching event for " + key + " within " + timeout);
        }

        public List<JsonNode> all(String key) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                seen.add(record);
            }
            return seen.stream()
                    .filter(r -> key.equals(r.key()))
                    .map(r -> read(r.value()))
                    .toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    public static void publish(String topic, String key, Object event) {
        try {
            publishRaw(topic, key, JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record exactly as given (also what no producer of ours would write). */
    public static void publishRaw(String topic, String key, String value) {
        Properties props = new Properties();
        props.put("bootstrap.servers", SERVERS);
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaTopics() {}
}
