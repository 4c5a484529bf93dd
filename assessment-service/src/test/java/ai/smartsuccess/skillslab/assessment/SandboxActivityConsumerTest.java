package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBuffer;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.platform.test.Channels;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code sandbox-activity} consumer on the real Kafka: an event with fields a newer producer added is recorded; a
 * record that is not an event goes to {@code test.sandbox-activity.dlq} byte for byte and records nothing.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class SandboxActivityConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    TrackingBuffer buffer;

    @BeforeEach
    void consumerAssigned() {
        Channels.awaitAssigned("sandbox-activity");
    }

    @Test
    void activity_with_fields_a_newer_producer_added_is_recorded() {
        UUID id = Sessions.running(CANDIDATE);
        SandboxActivity command = command(id, 1);

        TestKafka.publish(KafkaTopics.SANDBOX_ACTIVITY, command.key(), EventJson.withAddedField(command));

        await().atMost(WAIT).until(() -> activityCount(id) == 1);
    }

    @Test
    void records_that_are_not_events_are_dead_lettered_record_nothing_and_the_next_one_is_still_read() {
        UUID id = Sessions.running(CANDIDATE);
        byte[] garbage = PoisonBytes.garbage();
        byte[] untyped = PoisonBytes.jsonWithoutType();
        SandboxActivity withoutKind = command(id, 1);
        byte[] noKind = EventJson.changed(withoutKind, node -> node.remove("kind"));

        try (DeadLetters dlq = new DeadLetters(KafkaTopics.SANDBOX_ACTIVITY + ".dlq", "sandbox-activity")) {
            TestKafka.publish(KafkaTopics.SANDBOX_ACTIVITY, id.toString(), garbage);
            TestKafka.publish(KafkaTopics.SANDBOX_ACTIVITY, id.toString(), untyped);
            TestKafka.publish(KafkaTopics.SANDBOX_ACTIVITY, id.toString(), noKind);

            await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
            await("activity without kind dead-lettered").atMost(WAIT).until(() -> dlq.contains(noKind));
        }
        assertThat(activityCount(id)).isZero();

        KafkaTopics.publish(KafkaTopics.SANDBOX_ACTIVITY, id.toString(), command(id, 1));
        await().atMost(WAIT).until(() -> activityCount(id) == 1);
    }

    private long activityCount(UUID id) {
        return buffer.activityCount(id).await().atMost(Duration.ofSeconds(5));
    }

    private static SandboxActivity command(UUID id, long sequence) {
        return SandboxActivity.of(
                id, sequence, "terminal_command", Instant.now(), Map.of("command", "python3 main.py"));
    }
}
