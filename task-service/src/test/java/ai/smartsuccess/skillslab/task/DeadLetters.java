package ai.smartsuccess.skillslab.task;

import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a dead-letter topic from its current end: sees only what is sent there from now on, and only what the
 * consumer group of one channel refused (several services dead-letter to the same topic).
 */
final class DeadLetters implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private final byte[] group;

    /** @param channel the incoming channel of this service whose refusals to look for */
    DeadLetters(String topic, String channel) {
        group = ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                .getBytes(StandardCharsets.UTF_8);
        Properties config = new Properties();
        config.put("bootstrap.servers", KafkaEvents.BOOTSTRAP);
        config.put("group.id", "task-service-tests-" + UUID.randomUUID());
        config.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Whether a record of exactly these bytes, refused by the channel's group, has arrived (polling once). */
    boolean contains(byte[] value) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            seen.add(record);
        }
        return seen.stream().anyMatch(r -> Arrays.equals(value, r.value()) && refusedByUs(r));
    }

    private boolean refusedByUs(ConsumerRecord<String, byte[]> record) {
        Header refusedBy = record.headers().lastHeader(EventDeserializer.REFUSED_BY_HEADER);
        return refusedBy != null && Arrays.equals(group, refusedBy.value());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
