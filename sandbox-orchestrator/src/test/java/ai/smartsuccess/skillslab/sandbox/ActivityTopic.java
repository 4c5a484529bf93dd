package ai.smartsuccess.skillslab.sandbox;

import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the service published on the real Kafka's {@code test.sandbox-activity}, read the way assessment-service does. */
final class ActivityTopic {

    static final String TOPIC = "test.sandbox-activity";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits for one event of the assessment that {@code wanted} accepts. */
    static JsonNode awaitEvent(UUID id, Predicate<JsonNode> wanted) {
        List<JsonNode> found = awaitEvents(id, events -> events.stream().anyMatch(wanted), Duration.ofSeconds(30));
        return found.stream().filter(wanted).findFirst().orElseThrow();
    }

    /**
     * Waits until the assessment's events, each once (by event id) and in sequence order, satisfy {@code complete};
     * returns them.
     */
    static List<JsonNode> awaitEvents(UUID id, Predicate<List<JsonNode>> complete, Duration wait) {
        return read(id, complete, wait, false);
    }

    /** Every record of the assessment, redeliveries included, once {@code complete} holds for them. */
    static List<JsonNode> awaitRecords(UUID id, Predicate<List<JsonNode>> complete, Duration wait) {
        return read(id, complete, wait, true);
    }

    static Predicate<JsonNode> testRun(String command) {
        return event -> "test_run".equals(event.path("kind").asText())
                && command.equals(event.path("data").path("command").asText());
    }

    static Predicate<JsonNode> terminalCommand(String command) {
        return event -> "terminal_command".equals(event.path("kind").asText())
                && command.equals(event.path("data").path("command").asText());
    }

    /** Sequences 1..n, each once. */
    static boolean gapless(List<JsonNode> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("sequence").asLong() != i + 1) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> read(UUID id, Predicate<List<JsonNode>> complete, Duration wait, boolean all) {
        Map<String, JsonNode> byEventId = new LinkedHashMap<>();
        List<JsonNode> records = new ArrayList<>();
        // Recent records only: look back a few minutes from now.
        try (TopicReader topic = TopicReader.since(Instant.now().minus(Duration.ofMinutes(10)), TOPIC)) {
            await().atMost(wait).until(() -> {
                records.clear();
                for (ConsumerRecord<String, byte[]> record : topic.withKey(id.toString(), Duration.ofMillis(300))) {
                    JsonNode event = JSON.readTree(record.value());
                    records.add(event);
                    byEventId.putIfAbsent(event.path("eventId").asText(), event);
                }
                return complete.test(all ? records : sorted(byEventId));
            });
        }
        return all ? records : sorted(byEventId);
    }

    private static List<JsonNode> sorted(Map<String, JsonNode> byEventId) {
        return byEventId.values().stream()
                .sorted(Comparator.comparingLong(e -> e.path("sequence").asLong()))
                .toList();
    }

    private ActivityTopic() {}
}
