package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the candidate did reaches {@code sandbox-activity} (the real Kafka) from the durable outbox: everything up to
 * finalize, across a restart, and one session's flood costs only that session.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class SandboxActivityTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    @Inject
    CommandRecorder recorder;

    @Test
    void runs_and_terminal_lines_just_before_finalize_are_all_in_the_activity_up_to_its_sequence() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        TerminalSocketTest.Received received = new TerminalSocketTest.Received();
        WebSocketClientConnection terminal = TerminalSocketTest.connect(base, id, CANDIDATE, received);
        terminal.sendTextAndAwait(TerminalSocketTest.input("echo typed-$((40 + 1))\r"));
        await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("typed-41"));
        Sandboxes.run(id, CANDIDATE, "python3 -m unittest discover -s tests").statusCode(200);
        terminal.sendTextAndAwait(TerminalSocketTest.input("echo last-line-$((40 + 2))\r"));
        await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("last-line-42"));
        Sandboxes.run(id, CANDIDATE, "echo last-run-before-submit").statusCode(200);

        long sequence = Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("activitySequence");

        assertThat(sequence).isEqualTo(4);
        List<JsonNode> events = ActivityTopic.awaitEvents(id, found -> found.size() >= 4, Duration.ofSeconds(30));
        assertThat(ActivityTopic.gapless(events)).isTrue();
        assertThat(events)
                .extracting(e -> e.path("kind").asText() + " "
                        + e.path("data").path("command").asText())
                .containsExactly(
                        "terminal_command echo typed-$((40 + 1))",
                        "test_run python3 -m unittest discover -s tests",
                        "terminal_command echo last-line-$((40 + 2))",
                        "test_run echo last-run-before-submit");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("type").asText()).isEqualTo("SandboxActivity");
            assertThat(e.path("assessmentId").asText()).isEqualTo(id.toString());
        });

        // Sealed: nothing recorded afterwards takes a number.
        recorder.terminalCommand(id, "after the end");
        assertThat(rows(id)).isEqualTo(4);
        Sandboxes.finalizeSandbox(id).statusCode(200).body("activitySequence", org.hamcrest.Matchers.equalTo(4));
    }

    /**
     * An instance that died after recording and before (or while) publishing left rows in the outbox: whichever relay
     * runs next publishes them, a row published but not marked is published again with the same event id, and
     * nothing is left behind.
     */
    @Test
    void rows_a_crashed_instance_left_in_the_outbox_are_published_by_the_next_relay() {
        UUID id = UUID.randomUUID();
        List<UUID> eventIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        // Written the way the recorder writes them, by "another instance": this one's relay never heard of them.
        pool.withTransaction(connection -> connection
                        .preparedQuery("insert into sandbox.activity_sequences (assessment_id, last_sequence)"
                                + " values ($1, 3)")
                        .execute(Tuple.of(id))
                        .flatMap(ignored -> connection
                                .preparedQuery(
                                        "insert into sandbox.activity_outbox"
                                                + " (event_id, assessment_id, sequence, kind, payload) values ($1, $2, $3, $4, $5)")
                                .executeBatch(
                                        List.of(row(id, eventIds, 1), row(id, eventIds, 2), row(id, eventIds, 3)))))
                .await()
                .atMost(Duration.ofSeconds(60));

        List<JsonNode> events = ActivityTopic.awaitEvents(id, found -> found.size() >= 3, Duration.ofSeconds(30));
        assertThat(ActivityTopic.gapless(events)).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> unsent(id) == 0);

        // It crashed again after the broker took the second one but before marking it sent.
        pool.preparedQuery(
                        "update sandbox.activity_outbox set sent_at = null where assessment_id = $1 and sequence = 2")
                .execute(Tuple.of(id))
                .await()
                .atMost(Duration.ofSeconds(60));
        List<JsonNode> records = ActivityTopic.awaitRecords(
                id,
                found -> found.stream()
                                .filter(e -> e.path("sequence").asLong() == 2)
                                .count()
                        == 2,
                Duration.ofSeconds(30));
        assertThat(records.stream().filter(e -> e.path("sequence").asLong() == 2))
                .extracting(e -> e.path("eventId").asText())
                .containsOnly(eventIds.get(1).toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> unsent(id) == 0);
    }

    /**
     * One session floods its terminal with thousands of lines while another works: the other's evidence is complete,
     * and the flooder loses only its own excess, counted in activity_dropped events of its own.
     */
    @Test
    void a_flooding_session_loses_only_its_own_excess_and_it_is_counted() {
        UUID flooder = Sandboxes.provision(TestTasks.PYTHON, BUSINESS);
        UUID other = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        TerminalSocketTest.Received flood = new TerminalSocketTest.Received();
        TerminalSocketTest.Received work = new TerminalSocketTest.Received();
        WebSocketClientConnection floodTerminal = TerminalSocketTest.connect(base, flooder, BUSINESS, flood);
        WebSocketClientConnection workTerminal = TerminalSocketTest.connect(base, other, CANDIDATE, work);

        int messages = 10;
        int linesEach = 500;
        CompletableFuture<Void> flooding = CompletableFuture.runAsync(() -> {
            String burst = "true\r".repeat(linesEach);
            for (int i = 0; i < messages; i++) {
                floodTerminal.sendTextAndAwait(TerminalSocketTest.input(burst));
            }
            floodTerminal.sendTextAndAwait(TerminalSocketTest.input("echo flood-done-$((1 + 1))\r"));
        });
        Sandboxes.run(other, CANDIDATE, "python3 main.py").statusCode(200);
        workTerminal.sendTextAndAwait(TerminalSocketTest.input("echo working-$((2 + 2))\r"));
        Sandboxes.run(other, CANDIDATE, "python3 -m unittest discover -s tests").statusCode(200);
        workTerminal.sendTextAndAwait(TerminalSocketTest.input("echo listed-$((3 + 3))\r"));
        Sandboxes.run(other, CANDIDATE, "echo done").statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> work.output().contains("listed-6"));
        flooding.join();
        await().atMost(Duration.ofSeconds(60)).until(() -> flood.output().contains("flood-done-2"));

        long otherSequence = Sandboxes.finalizeSandbox(other)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("activitySequence");
        long flooderSequence = Sandboxes.finalizeSandbox(flooder)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("activitySequence");

        List<JsonNode> otherEvents =
                ActivityTopic.awaitEvents(other, found -> found.size() >= otherSequence, Duration.ofSeconds(30));
        assertThat(otherSequence).isEqualTo(5);
        assertThat(ActivityTopic.gapless(otherEvents)).isTrue();
        assertThat(otherEvents)
                .extracting(e -> e.path("kind").asText())
                .containsExactlyInAnyOrder("test_run", "terminal_command", "test_run", "terminal_command", "test_run");

        List<JsonNode> flooderEvents =
                ActivityTopic.awaitEvents(flooder, found -> found.size() >= flooderSequence, Duration.ofSeconds(60));
        assertThat(ActivityTopic.gapless(flooderEvents)).isTrue();
        Map<String, List<JsonNode>> byKind = flooderEvents.stream()
                .collect(Collectors.groupingBy(e -> e.path("kind").asText()));
        long recorded = byKind.get("terminal_command").size();
        long dropped = byKind.get("activity_dropped").stream()
                .mapToLong(e -> e.path("data").path("count").asLong())
                .sum();
        assertThat(recorded).isGreaterThan(0).isLessThan(messages * linesEach / 2);
        assertThat(recorded + dropped).isEqualTo(messages * linesEach + 1);
        assertThat(byKind.get("activity_dropped"))
                .allSatisfy(
                        e -> assertThat(e.path("data").path("bytes").asLong()).isPositive());
    }

    private static Tuple row(UUID id, List<UUID> eventIds, int sequence) {
        JsonObject payload = new JsonObject()
                .put("eventId", eventIds.get(sequence - 1).toString())
                .put("type", "SandboxActivity")
                .put("schemaVersion", 1)
                .put("occurredAt", Instant.now().toString())
                .put("assessmentId", id.toString())
                .put("sequence", sequence)
                .put("kind", "terminal_command")
                .put("data", new JsonObject().put("command", "echo " + sequence));
        return Tuple.of(eventIds.get(sequence - 1), id, (long) sequence, "terminal_command", payload);
    }

    private long rows(UUID id) {
        return pool.preparedQuery("select count(*) from sandbox.activity_outbox where assessment_id = $1")
                .execute(Tuple.of(id))
                .await()
                .atMost(Duration.ofSeconds(60))
                .iterator()
                .next()
                .getLong(0);
    }

    private long unsent(UUID id) {
        return pool.preparedQuery(
                        "select count(*) from sandbox.activity_outbox where assessment_id = $1 and sent_at is null")
                .execute(Tuple.of(id))
                .await()
                .atMost(Duration.ofSeconds(60))
                .iterator()
                .next()
                .getLong(0);
    }
}
