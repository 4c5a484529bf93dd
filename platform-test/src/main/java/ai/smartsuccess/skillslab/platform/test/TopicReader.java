package ai.smartsuccess.skillslab.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics of the local broker from a chosen position, outside any service's consumer group and committing
 * nothing, so it never takes records away from the service under test. Keeps every record it has seen.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration METADATA_WAIT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicReader(String... topics) {
        Properties props = TestKafka.clientProperties();
        props.put("group.id", "test-reader-" + UUID.randomUUID());
        props.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, METADATA_WAIT)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
    }

    /** Sees only what is published from now on. */
    public static TopicReader fromEnd(String... topics) {
        TopicReader reader = new TopicReader(topics);
        reader.consumer.seekToEnd(reader.partitions);
        // Resolve the end now: seekToEnd is lazy, and a record published before the first poll must still be seen.
        reader.partitions.forEach(reader.consumer::position);
        return reader;
    }

    /** Sees everything the topics still hold. */
    public static TopicReader fromStart(String... topics) {
        TopicReader reader = new TopicReader(topics);
        reader.consumer.seekToBeginning(reader.partitions);
        return reader;
    }

    /** Sees what was published since {@code since} (by record timestamp) and from now on. */
    public static TopicReader since(Instant since, String... topics) {
        TopicReader reader = new TopicReader(topics);
        Map<TopicPartition, Long> timestamps = new HashMap<>();
        reader.partitions.forEach(p -> timestamps.put(p, since.toEpochMilli()));
        reader.consumer.offsetsForTimes(timestamps).forEach((partition, offset) -> {
            if (offset != null) {
                reader.consumer.seek(partition, offset.offset());
            } else {
                reader.consumer.seekToEnd(List.of(partition));
                reader.consumer.position(partition);
            }
        });
        return reader;
    }

    /** Polls once (for at most {@code wait}) and returns every record seen so far, oldest first per partition. */
    public List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            seen.add(record);
        }
        return List.copyOf(seen);
    }

    /** The records seen so far with this key, after polling once. */
    public List<ConsumerRecord<String, byte[]>> withKey(String key, Duration wait) {
        return poll(wait).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** A record's value as text (UTF-8), {@code null} for a tombstone. */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
