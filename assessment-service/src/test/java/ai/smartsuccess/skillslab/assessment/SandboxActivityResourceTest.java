package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBuffer;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.assessment.support.StoredTracking;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.platform.test.Channels;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox recorded of a session arrives on {@code sandbox-activity} (the real Kafka) and goes into the
 * session's tracking record once, whatever is redelivered or delayed; a submit seals the record only once it holds the
 * activity up to the sequence finalize answered, or says that it does not.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class SandboxActivityResourceTest {

    private static final String CHANNEL = "sandbox-activity";

    @Inject
    KafkaClientService kafka;

    @Inject
    TrackingBuffer buffer;

    @BeforeEach
    void consumerAssigned() {
        Channels.awaitAssigned(kafka, List.of(CHANNEL));
    }

    @Test
    void terminal_commands_test_runs_and_drops_reach_the_sealed_record_once_however_often_they_arrive() {
        UUID id = Sessions.running(CANDIDATE);
        SandboxActivity command = activity(id, 1, "terminal_command", Map.of("command", "python3 main.py"));
        SandboxActivity run = activity(
                id,
                2,
                "test_run",
                Map.of("command", "python3 -m unittest", "exitCode", 1, "durationMs", 420, "timedOut", false));
        SandboxActivity dropped = activity(
                id, 3, "activity_dropped", Map.of("count", 4200, "bytes", 75600, "firstAt", "x", "lastAt", "y"));
        publish(command);
        publish(run);
        publish(run);
        publish(dropped);
        publish(command);
        PlatformStubs.stubFinalize(id, 3);

        Sessions.submit(CANDIDATE, id);

        List<JsonNode> stored = StoredTracking.events(id);
        assertThat(stored)
                .extracting(e -> e.path("source").asText() + ":"
                        + e.path("type").asText() + ":" + e.path("id").asText())
                .containsExactlyInAnyOrder(
                        "server:terminal_command:" + command.eventId(),
                        "server:test_run:" + run.eventId(),
                        "server:activity_dropped:" + dropped.eventId());
        JsonNode storedRun = stored.stream()
                .filter(e -> "test_run".equals(e.path("type").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(storedRun.path("timestamp").asText())
                .isEqualTo(run.occurredAt().toString());
        assertThat(storedRun.path("data").path("exitCode").asInt()).isEqualTo(1);
        assertThat(stored.stream()
                        .filter(e -> "activity_dropped".equals(e.path("type").asText())))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.path("data").path("count").asLong()).isEqualTo(4200));
    }

    /**
     * The relay is slower than the submit: the submit waits (bounded) until the record holds the sandbox's activity up
     * to the sequence finalize answered, so the run made just before submitting is in the sealed record.
     */
    @Test
    void a_submit_seals_the_record_only_once_the_activity_up_to_finalize_has_arrived() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        publish(activity(id, 1, "terminal_command", Map.of("command", "ls")));
        PlatformStubs.stubFinalize(id, 3);

        CompletableFuture<Integer> submit = CompletableFuture.supplyAsync(() -> given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/assessments/" + id + "/submit")
                .statusCode());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> PlatformStubs.wiremock()
                                .findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                                "/sandbox/internal/sandboxes/" + id + "/finalize")))
                                .size()
                        == 1);
        // Finalize has answered; the last two events are still on their way.
        publish(activity(id, 2, "test_run", Map.of("command", "python3 main.py", "exitCode", 0)));
        publish(activity(id, 3, "terminal_command", Map.of("command", "echo last")));
        assertThat(submit.get()).isEqualTo(200);

        assertThat(StoredTracking.events(id))
                .extracting(e -> e.path("type").asText() + " "
                        + e.path("data").path("command").asText())
                .containsExactlyInAnyOrder(
                        "terminal_command ls", "test_run python3 main.py", "terminal_command echo last");
    }

    @Test
    void activity_that_never_arrives_is_named_in_the_sealed_record_and_a_late_event_stays_out() {
        UUID id = Sessions.running(CANDIDATE);
        publish(activity(id, 1, "terminal_command", Map.of("command", "ls")));
        publish(activity(id, 2, "terminal_command", Map.of("command", "pwd")));
        PlatformStubs.stubFinalize(id, 3);

        Sessions.submit(CANDIDATE, id);

        List<JsonNode> stored = StoredTracking.events(id);
        JsonNode signal = stored.stream()
                .filter(e -> "integrity_signal".equals(e.path("type").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(signal.path("source").asText()).isEqualTo("server");
        assertThat(signal.path("data").path("code").asText()).isEqualTo("evidence-incomplete");
        assertThat(signal.path("data").path("expectedSequence").asLong()).isEqualTo(3);
        assertThat(signal.path("data").path("receivedCount").asLong()).isEqualTo(2);

        publish(activity(id, 3, "test_run", Map.of("command", "too late", "exitCode", 0)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60)).until(() -> activityCount(id) == 2);
        assertThat(StoredTracking.events(id)).hasSize(3);
    }

    /**
     * This service stops consuming for a while (as when it is down): the sandbox's activity waits on Kafka, and once
     * consuming resumes every event is in the record exactly once, redeliveries included.
     */
    @Test
    void nothing_is_lost_or_doubled_while_the_consumer_is_paused() {
        UUID id = Sessions.running(CANDIDATE);
        var consumer = kafka.getConsumer(CHANNEL);
        consumer.pause().await().atMost(Duration.ofSeconds(60));
        List<SandboxActivity> sent = new ArrayList<>();
        try {
            for (int sequence = 1; sequence <= 30; sequence++) {
                SandboxActivity event =
                        activity(id, sequence, "terminal_command", Map.of("command", "echo " + sequence));
                sent.add(event);
                publish(event);
            }
            // At-least-once delivery: a relay that died before marking some rows sent publishes them again.
            sent.subList(10, 15).forEach(this::publish);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60)).until(() -> activityCount(id) == 0);
        } finally {
            consumer.resume().await().atMost(Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> activityCount(id) == 30);
        PlatformStubs.stubFinalize(id, 30);

        Sessions.submit(CANDIDATE, id);

        List<JsonNode> stored = StoredTracking.events(id);
        assertThat(stored).hasSize(30);
        assertThat(stored)
                .extracting(e -> e.path("id").asText())
                .containsExactlyInAnyOrderElementsOf(
                        sent.stream().map(e -> e.eventId().toString()).toList());
    }

    @Test
    void unreadable_and_impossible_records_go_to_the_dead_letter_topic() {
        UUID id = Sessions.running(CANDIDATE);
        String unreadable = "not-json-" + UUID.randomUUID();
        KafkaTopics.publishRaw(KafkaTopics.SANDBOX_ACTIVITY, id.toString(), "{" + unreadable);
        SandboxActivity unknownKind = activity(id, 1, "keystroke", Map.of("key", "a"));
        publish(unknownKind);

        List<String> dead = deadLetters(id, 2);
        assertThat(dead)
                .anySatisfy(value ->
                        assertThat(value).contains(unknownKind.eventId().toString()));
        assertThat(activityCount(id)).isZero();
    }

    private long activityCount(UUID id) {
        return buffer.activityCount(id).await().atMost(Duration.ofSeconds(5));
    }

    private void publish(SandboxActivity event) {
        KafkaTopics.publish(KafkaTopics.SANDBOX_ACTIVITY, event.key(), event);
    }

    private static SandboxActivity activity(UUID id, long sequence, String kind, Map<String, Object> data) {
        return SandboxActivity.of(
                id, sequence, kind, Instant.parse("2026-05-01T10:00:00Z").plusSeconds(sequence), data);
    }

    /** The first {@code count} records keyed by this assessment on the dead-letter topic (their values). */
    private static List<String> deadLetters(UUID id, int count) {
        List<String> found = new ArrayList<>();
        try (TopicReader dlq = TopicReader.fromStart(KafkaTopics.SANDBOX_ACTIVITY + ".dlq")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                found.clear();
                dlq.withKey(id.toString(), Duration.ofMillis(300))
                        .forEach(r -> found.add(String.valueOf(TopicReader.text(r))));
                return found.size() >= count;
            });
        }
        return found;
    }
}
