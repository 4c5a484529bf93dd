package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

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

    /** A reader positioned at the end of a topic: it sees only what is published from now on. */
    public static final class Reader implements AutoCloseable {

        private final TopicReader topic;

        public Reader(String topic) {
            this.topic = TopicReader.fromEnd(topic);
        }

        /** Waits for the event of {@code type} keyed by {@code key}. */
        public JsonNode await(String key, String type, Duration timeout) {
            return awaitMatching(key, node -> type.equals(node.path("type").asText()), timeout);
        }

        public JsonNode awaitMatching(String key, Predicate<JsonNode> wanted, Duration timeout) {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : topic.withKey(key, Duration.ofMillis(200))) {
                    JsonNode node = read(record);
                    if (wanted.test(node)) {
                        return node;
                    }
                }
            }
            throw new AssertionError("no matching event for " + key + " within " + timeout);
        }

        public List<JsonNode> all(String key) {
            return topic.withKey(key, Duration.ofMillis(500)).stream()
                    .map(KafkaTopics::read)
                    .toList();
        }

        @Override
        public void close() {
            topic.close();
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
        TestKafka.publish(topic, key, value);
    }

    private static JsonNode read(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaTopics() {}
}
