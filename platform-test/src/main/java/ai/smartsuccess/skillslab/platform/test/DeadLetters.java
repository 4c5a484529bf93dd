package ai.smartsuccess.skillslab.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a dead-letter topic from its current end, byte for byte, looking only for what the consumer group of one of
 * the service's channels refused: several services dead-letter to the same topic, and the platform's event reader
 * names the refusing group in a header.
 */
public final class DeadLetters implements AutoCloseable {

    /** The header the platform's event reader puts on a refused record (its EventDeserializer.REFUSED_BY_HEADER). */
    static final String REFUSED_BY_HEADER = "event-refused-by";

    private final TopicReader topic;
    private final byte[] group;

    /** @param channel the incoming channel of the service under test whose refusals to look for */
    public DeadLetters(String topic, String channel) {
        this.group = ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                .getBytes(StandardCharsets.UTF_8);
        this.topic = TopicReader.fromEnd(topic);
    }

    /** Whether a record of exactly these bytes, refused by the channel's group, has arrived (polling once). */
    public boolean contains(byte[] value) {
        return topic.poll(Duration.ofMillis(500)).stream()
                .anyMatch(r -> Arrays.equals(value, r.value()) && refusedByThisGroup(r));
    }

    private boolean refusedByThisGroup(ConsumerRecord<String, byte[]> record) {
        Header refusedBy = record.headers().lastHeader(REFUSED_BY_HEADER);
        return refusedBy != null && Arrays.equals(group, refusedBy.value());
    }

    @Override
    public void close() {
        topic.close();
    }
}
