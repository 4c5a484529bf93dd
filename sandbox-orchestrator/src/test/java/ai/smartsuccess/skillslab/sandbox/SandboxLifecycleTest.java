package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deadlines, the reaper and the lifecycle events, against the real Kafka (test topics). */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class SandboxLifecycleTest {

    @jakarta.inject.Inject
    software.amazon.awssdk.services.s3.S3Client s3;

    @Test
    void a_process_left_running_is_killed_at_the_deadline_and_the_workspace_still_finalizes() {
        String marker = "sleep " + (3000 + (int) (Math.random() * 900));
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE, Instant.now().plusSeconds(6));
        Sandboxes.run(id, CANDIDATE, "setsid " + marker + " > /dev/null 2>&1 < /dev/null & echo left")
                .statusCode(200)
                .body("stdout", equalTo("left\n"));
        assertThat(hostProcesses(marker)).isNotEmpty();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hostProcesses(marker)).isEmpty());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Sandboxes.run(id, CANDIDATE, "true").statusCode(409));
        Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .body("hiddenTests.total", equalTo(2))
                .body("hiddenTests.passed", equalTo(1));
    }

    @Test
    void a_live_workspace_is_copied_to_s3_periodically() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        try {
            Sandboxes.run(id, CANDIDATE, "echo 'work in progress' > progress.txt")
                    .statusCode(200);
            // The interval is 5 s in tests: the work is in S3 within a couple of intervals.
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .untilAsserted(() -> assertThat(new String(
                                    s3.getObjectAsBytes(
                                                    r -> r.bucket("submissions").key(id + "/workspace-snapshot.json"))
                                            .asByteArray(),
                                    java.nio.charset.StandardCharsets.UTF_8))
                            .contains("\"path\":\"progress.txt\"")
                            .contains("work in progress"));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void readiness_and_termination_are_published_on_sandbox_lifecycle() {
        UUID id = Sandboxes.provision(TestTasks.NO_HIDDEN, CANDIDATE);
        Sandboxes.finalizeSandbox(id).statusCode(200);
        List<String> events = eventsFor(id, 2);
        assertThat(events.get(0)).contains("\"type\":\"SandboxReady\"").contains("\"backend\":\"local\"");
        assertThat(events.get(1)).contains("\"type\":\"SandboxTerminated\"").contains("\"reason\":\"finalized\"");
    }

    @Test
    void a_submitted_assessment_whose_sandbox_is_still_alive_is_reaped() throws Exception {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        publish(
                id,
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AssessmentSubmitted\",\"schemaVersion\":1,"
                        + "\"occurredAt\":\"" + Instant.now() + "\",\"assessmentId\":\"" + id
                        + "\",\"attemptNumber\":1,"
                        + "\"timeSpentSeconds\":60,\"autoSubmitted\":false}");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Sandboxes.run(id, CANDIDATE, "true").statusCode(409));
        // Reaped, not finalized: there is no result to hand out.
        Sandboxes.finalizeSandbox(id).statusCode(409);
        assertThat(eventsFor(id, 2).get(1)).contains("\"reason\":\"reaped\"");
    }

    @Test
    void an_expired_assessment_that_is_never_finalized_is_reaped_after_the_grace_period() throws Exception {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE, Instant.now().plusSeconds(3));
        publish(
                id,
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AssessmentExpired\",\"schemaVersion\":1,"
                        + "\"occurredAt\":\"" + Instant.now() + "\",\"assessmentId\":\"" + id + "\",\"userId\":\"x\","
                        + "\"deadline\":\"" + Instant.now().plusSeconds(3) + "\"}");
        // Nobody finalizes: after the deadline and the grace period (3 s in tests) the reaper destroys it.
        assertThat(eventsFor(id, 2, Duration.ofSeconds(45)).get(1)).contains("\"reason\":\"deadline\"");
        Sandboxes.finalizeSandbox(id).statusCode(409);
    }

    @Test
    void a_finalize_that_failed_and_was_never_retried_is_reaped_after_its_grace() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        // As a finalize leaves it when it fails half-way and nobody calls again: finalizing, its grace over.
        TestDatabase.execute(
                "update sandbox.sandbox_sessions set state = 'finalizing',"
                        + " reap_after = now() - interval '1 second' where assessment_id = ?",
                id);
        assertThat(eventsFor(id, 2, Duration.ofSeconds(45)).get(1)).contains("\"reason\":\"reaped\"");
        Sandboxes.run(id, CANDIDATE, "true").statusCode(409);
    }

    private static List<ProcessHandle> hostProcesses(String commandLine) {
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().commandLine().map(c -> c.endsWith(commandLine)).orElse(false))
                .toList();
    }

    private static void publish(UUID key, String json) {
        TestKafka.publish("test.assessment-lifecycle", key.toString(), json);
    }

    /** The first {@code count} sandbox-lifecycle events keyed by this assessment, in order. */
    private static List<String> eventsFor(UUID id, int count) {
        return eventsFor(id, count, Duration.ofSeconds(20));
    }

    private static List<String> eventsFor(UUID id, int count, Duration wait) {
        List<String> found = new ArrayList<>();
        // Recent records only: look back a few minutes from now.
        try (TopicReader topic =
                TopicReader.since(Instant.now().minus(Duration.ofMinutes(5)), "test.sandbox-lifecycle")) {
            await().atMost(wait).until(() -> {
                found.clear();
                topic.withKey(id.toString(), Duration.ofMillis(500)).forEach(r -> found.add(TopicReader.text(r)));
                return found.size() >= count;
            });
        }
        return found;
    }
}
