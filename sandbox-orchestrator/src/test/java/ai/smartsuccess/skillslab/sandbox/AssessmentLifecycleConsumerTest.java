package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code assessment-lifecycle} consumer on the real Kafka: a submission with fields a newer producer added reaps the
 * sandbox left behind; a record that is not an event, or a submission that names no assessment, goes to
 * {@code test.assessment-lifecycle.dlq} byte for byte and reaps nothing.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class AssessmentLifecycleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void a_submission_with_fields_a_newer_producer_added_reaps_the_sandbox_left_behind() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        Sandboxes.run(id, CANDIDATE, "true").statusCode(200);

        LifecycleRecords.publish(
                id.toString(), LifecycleRecords.submitted(id, ",\"addedLater\":{\"by\":\"a newer producer\"}"));

        await().atMost(WAIT)
                .untilAsserted(() -> Sandboxes.run(id, CANDIDATE, "true").statusCode(409));
    }

    @Test
    void records_that_are_not_events_are_dead_lettered_reap_nothing_and_the_next_one_is_still_read() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        byte[] garbage = LifecycleRecords.garbage();
        byte[] untyped = LifecycleRecords.jsonWithoutType();
        byte[] noAssessment = new String(LifecycleRecords.submitted(id, ""), StandardCharsets.UTF_8)
                .replace("\"assessmentId\":\"" + id + "\",", "")
                .getBytes(StandardCharsets.UTF_8);

        try (DeadLetters dlq = new DeadLetters(LifecycleRecords.TOPIC + ".dlq", "assessment-lifecycle")) {
            LifecycleRecords.publish(id.toString(), garbage);
            LifecycleRecords.publish(id.toString(), untyped);
            LifecycleRecords.publish(id.toString(), noAssessment);

            await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
            await("submission without assessment dead-lettered").atMost(WAIT).until(() -> dlq.contains(noAssessment));
        }
        Sandboxes.run(id, CANDIDATE, "true").statusCode(200);

        LifecycleRecords.publish(id.toString(), LifecycleRecords.submitted(id, ""));
        await().atMost(WAIT)
                .untilAsserted(() -> Sandboxes.run(id, CANDIDATE, "true").statusCode(409));
    }
}
