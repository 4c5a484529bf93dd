package ai.smartsuccess.skillslab.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a dead-letter topic from its current end: sees only what is sent there from now on. */
public final class DeadLetters implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public DeadLetters(String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:9092");
        props.put("group.id", "notification-tests-" + UUID.randomUUID());
        props.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Whether a record with this key has arrived, polling once. */
    public boolean contains(String key) {
        poll();
        return seen.stream().anyMatch(r -> key.equals(r.key()));
    }

    /** Whether a record of exactly these bytes has arrived, polling once. */
    public boolean contains(byte[] value) {
        return reason(value).isPresent();
    }

    /** Why the record of exactly these bytes was dead-lettered, once it has arrived (polling once). */
    public Optional<String> reason(byte[] value) {
        poll();
        return seen.stream()
                .filter(r -> Arrays.equals(value, r.value()))
                .findFirst()
                .map(r -> Optional.ofNullable(r.headers().lastHeader("dead-letter-reason"))
                        .map(Header::value)
                        .map(reason -> new String(reason, StandardCharsets.UTF_8))
                        .orElse(""));
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            seen.add(record);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
