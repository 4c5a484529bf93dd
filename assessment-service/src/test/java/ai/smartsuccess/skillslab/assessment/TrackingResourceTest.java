package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBuffer;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingFlusher;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.assessment.support.StoredTracking;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class TrackingResourceTest {

    @Inject
    TrackingBuffer buffer;

    @Inject
    TrackingFlusher flusher;

    @Inject
    TrackingObjectStorage storage;

    @Test
    void duplicates_are_dropped_and_client_copies_of_server_recorded_events_are_ignored() {
        UUID id = Sessions.running(CANDIDATE);
        List<Map<String, Object>> batch = new ArrayList<>(events(id, 3));
        batch.add(event("dup-" + id, "file_open", Map.of("path", "main.py")));
        batch.add(event("dup-" + id, "file_open", Map.of("path", "main.py")));
        batch.add(event("ai-" + id, "ai_prompt", Map.of("prompt", "pretend I asked")));
        batch.add(event("term-" + id, "terminal_command", Map.of("command", "rm -rf /")));
        track(CANDIDATE, id, batch)
                .statusCode(200)
                .body("accepted", equalTo(4))
                .body("duplicates", equalTo(1))
                .body("ignored", equalTo(2));
        // The client retries the same batch (its first answer was lost): nothing is stored twice.
        track(CANDIDATE, id, batch).statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(5));

        Sessions.submit(CANDIDATE, id);
        List<JsonNode> stored = storedEvents(id);
        assertThat(stored)
                .extracting(e -> e.path("id").asText())
                .doesNotHaveDuplicates()
                .hasSize(4);
        assertThat(stored).extracting(e -> e.path("type").asText()).doesNotContain("ai_prompt", "terminal_command");
        JsonNode first = stored.stream()
                .filter(e -> e.path("id").asText().equals(id + "-0"))
                .findFirst()
                .orElseThrow();
        // The client's timestamp is kept, beside the time the server received it.
        assertThat(first.path("timestamp").asText()).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(first.path("receivedAt").asText()).isNotBlank();
        assertThat(first.path("source").asText()).isEqualTo(TrackingEvent.SOURCE_CLIENT);
        assertThat(first.path("data").path("content").asText()).isEqualTo("print(0)\n");

        // After submit nothing more is accepted.
        track(CANDIDATE, id, events(id, 1)).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_malformed_event_rejects_the_whole_batch() {
        UUID id = Sessions.running(CANDIDATE);
        List<Map<String, Object>> batch = new ArrayList<>(events(id, 2));
        batch.add(event("bad-" + id, "keystroke", Map.of("key", "a")));
        track(CANDIDATE, id, batch)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("events[2].type"));

        Map<String, Object> noTime = new HashMap<>(event("t-" + id, "note", Map.of("text", "x")));
        noTime.put("timestamp", "yesterday");
        track(CANDIDATE, id, List.of(noTime)).statusCode(400).body("errors[0].field", equalTo("events[0].timestamp"));

        Map<String, Object> extra = new HashMap<>(event("x-" + id, "note", Map.of("text", "x")));
        extra.put("userId", "someone-else");
        track(CANDIDATE, id, List.of(extra)).statusCode(400).body("errors[0].field", equalTo("events[0].userId"));

        track(CANDIDATE, id, List.of(event("s-" + id, "code_snapshot", Map.of("path", "main.py"))))
                .statusCode(400)
                .body("errors[0].field", equalTo("events[0].data.content"));

        Sessions.submit(CANDIDATE, id);
        assertThat(storedEvents(id)).isEmpty();
    }

    @Test
    void batches_and_bodies_are_bounded() {
        UUID id = Sessions.running(CANDIDATE);
        track(CANDIDATE, id, events(id, 501)).statusCode(413).contentType("application/problem+json");
        String huge = "x".repeat(300_000);
        track(CANDIDATE, id, List.of(event("big-" + id, "note", Map.of("text", huge))))
                .statusCode(413)
                .contentType("application/problem+json");
        List<Map<String, Object>> heavy = IntStream.range(0, 12)
                .mapToObj(i -> event("h" + i + "-" + id, "note", Map.of("text", "y".repeat(200_000))))
                .toList();
        track(CANDIDATE, id, heavy).statusCode(413);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body("{\"events\": [")
                .post("/api/assessments/" + id + "/track")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void only_the_owner_of_a_running_session_may_track() {
        UUID id = Sessions.running(CANDIDATE);
        track(BUSINESS, id, events(id, 1)).statusCode(404).contentType("application/problem+json");
        UUID pending = Sessions.create(CANDIDATE, PlatformStubs.stubTask(PlatformStubs.TaskStub.practice()));
        track(CANDIDATE, pending, events(pending, 1)).statusCode(409);
        track(CANDIDATE, UUID.randomUUID(), events(id, 1)).statusCode(404);
    }

    @Test
    void events_buffered_for_a_while_reach_storage_without_a_submit() {
        UUID id = Sessions.running(CANDIDATE);
        track(CANDIDATE, id, events(id, 5)).statusCode(200).body("accepted", equalTo(5));
        // The periodic flush (every 3 s in tests, at most 60 s in production) writes them to S3.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !objectKeys(id).isEmpty());
    }

    /**
     * A flusher killed half-way (events moved out of the buffer, object maybe written, not yet acknowledged) loses
     * nothing: the next flush, here the final one at submit, writes the same batch again under the same number.
     */
    @Test
    void no_accepted_event_is_lost_when_a_flush_dies_half_way() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        // The "dying" flusher holds the session's flush lock, as a real one would, until its lock expires.
        String lock = UUID.randomUUID().toString();
        assertThat(buffer.tryLock(id, lock, 60_000).await().atMost(Duration.ofSeconds(5)))
                .isTrue();
        track(CANDIDATE, id, events(id, 40)).statusCode(200).body("accepted", equalTo(40));
        // A flusher takes the batch and dies before writing it.
        long[] taken = buffer.take(id, 1, 1).await().atMost(Duration.ofSeconds(5));
        assertThat(taken[1]).isEqualTo(40);
        List<Map<String, Object>> more = new ArrayList<>();
        for (int i = 40; i < 70; i++) {
            more.add(event(id + "-" + i, "focus_change", Map.of("focused", i % 2 == 0)));
        }
        track(CANDIDATE, id, more).statusCode(200).body("accepted", equalTo(30));
        // Another one writes the batch to S3 and dies before recording and acknowledging it.
        TrackingBuffer.PendingBatch pending = buffer.pendingBatch(id).await().atMost(Duration.ofSeconds(5));
        storage.put(TrackingObjectStorage.key(id, taken[0]), pending.ndjson())
                .await()
                .atMost(Duration.ofSeconds(60));
        buffer.unlock(id, lock).await().atMost(Duration.ofSeconds(5));

        Sessions.submit(CANDIDATE, id);
        List<JsonNode> stored = storedEvents(id);
        assertThat(stored).hasSize(70);
        Set<String> ids = stored.stream().map(e -> e.path("id").asText()).collect(Collectors.toSet());
        assertThat(ids).hasSize(70);
    }

    private io.restassured.response.ValidatableResponse track(String user, UUID id, List<Map<String, Object>> events) {
        return given().auth()
                .oauth2(accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of("events", events))
                .post("/api/assessments/" + id + "/track")
                .then();
    }

    static List<Map<String, Object>> events(UUID id, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> event(
                        id + "-" + i, "code_snapshot", Map.of("path", "main.py", "content", "print(" + i + ")\n")))
                .toList();
    }

    static Map<String, Object> event(String id, String type, Map<String, Object> data) {
        return Map.of("id", id, "type", type, "timestamp", "2026-05-01T10:00:00+02:00", "data", data);
    }

    private static List<JsonNode> storedEvents(UUID id) {
        return StoredTracking.events(id);
    }

    private static List<String> objectKeys(UUID id) {
        return StoredTracking.objectKeys(id);
    }
}
