package ai.smartsuccess.skillslab.notification.support;

import ai.smartsuccess.skillslab.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a dead-letter topic from its current end: sees only what is sent there from now on. */
public final class DeadLetters implements AutoCloseable {

    private final TopicReader topic;
    private List<ConsumerRecord<String, byte[]>> seen = List.of();

    public DeadLetters(String topic) {
        this.topic = TopicReader.fromEnd(topic);
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
        seen = topic.poll(Duration.ofMillis(500));
    }

    @Override
    public void close() {
        topic.close();
    }
}
