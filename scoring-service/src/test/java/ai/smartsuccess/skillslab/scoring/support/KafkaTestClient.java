package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the real local broker: produce to the test lifecycle topic, read the test result topics. */
public final class KafkaTestClient implements AutoCloseable {

    public static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
    public static final String LIFECYCLE = "test.assessment-lifecycle";
    public static final String RESULTS = "test.score-results";
    public static final String LIFECYCLE_DLQ = "test.assessment-lifecycle.dlq";

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** Starts reading {@code topics} from their current end, so only records produced from now on are seen. */
    public KafkaTestClient(String... topics) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "scoring-test-" + UUID.randomUUID());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(c);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    public RecordMetadata send(String key, Object value) {
        try {
            byte[] bytes = value instanceof byte[] b ? b : SubmissionParser.MAPPER.writeValueAsBytes(value);
            return producer.send(new ProducerRecord<>(LIFECYCLE, key, bytes)).get();
        } catch (IOException | InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls once and returns every record seen so far on the given topic for the given key. */
    public List<JsonNode> records(String topic, String key) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
            seen.add(r);
        }
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : seen) {
            if (r.topic().equals(topic) && key.equals(r.key())) {
                try {
                    out.add(
                            r.value() == null
                                    ? SubmissionParser.MAPPER.nullNode()
                                    : SubmissionParser.MAPPER.readTree(r.value()));
                } catch (IOException e) {
                    out.add(SubmissionParser.MAPPER.getNodeFactory().textNode(r.value()));
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
        producer.close(Duration.ofSeconds(2));
        consumer.close(Duration.ofSeconds(2));
    }
}
