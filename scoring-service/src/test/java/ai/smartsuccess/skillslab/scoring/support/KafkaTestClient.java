package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Plain Kafka clients on the real local broker: produce to the test lifecycle topic, read the test result topics. */
public final class KafkaTestClient implements AutoCloseable {

    public static final String BOOTSTRAP = TestKafka.BOOTSTRAP;
    public static final String LIFECYCLE = "test.assessment-lifecycle";
    public static final String RESULTS = "test.score-results";
    public static final String LIFECYCLE_DLQ = "test.assessment-lifecycle.dlq";

    private final TopicWriter writer = new TopicWriter();
    private final TopicReader reader;

    /** Starts reading {@code topics} from their current end, so only records produced from now on are seen. */
    public KafkaTestClient(String... topics) {
        reader = TopicReader.fromEnd(topics);
    }

    public RecordMetadata send(String key, Object value) {
        try {
            byte[] bytes = value instanceof byte[] b ? b : SubmissionParser.MAPPER.writeValueAsBytes(value);
            return writer.send(LIFECYCLE, key, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls once and returns every record seen so far on the given topic for the given key. */
    public List<JsonNode> records(String topic, String key) {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : reader.withKey(key, Duration.ofMillis(300))) {
            if (r.topic().equals(topic)) {
                String value = TopicReader.text(r);
                try {
                    out.add(
                            value == null
                                    ? SubmissionParser.MAPPER.nullNode()
                                    : SubmissionParser.MAPPER.readTree(value));
                } catch (IOException e) {
                    out.add(SubmissionParser.MAPPER.getNodeFactory().textNode(value));
                }
            }
        }
        return out;
    }

    public static Map<String, Object> none() {
        return Map.of();
    }

    @Override
    public void close() {
        writer.close();
        reader.close();
    }
}
