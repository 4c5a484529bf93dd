package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.platform.test.Channels;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AssessmentStarted on the real Kafka ({@code test.assessment-lifecycle}) counts the assessment for its task, once per
 * assessment, so that deleting the task archives it; a record that cannot be read goes to the dead-letter topic and
 * counts nothing.
 */
@QuarkusTest
class AssessmentLifecycleConsumerTest {

    static final String TOPIC = AssessmentEvents.LIFECYCLE;
    static final String CHANNEL = "assessment-lifecycle";

    String business = accessToken(BUSINESS);
    UUID task;
    TopicWriter events;

    @BeforeEach
    void setUp() {
        task = TaskApi.create(business, newTask("Task that is taken"));
        Channels.awaitAssigned(CHANNEL);
        events = new TopicWriter();
    }

    @AfterEach
    void tearDown() {
        events.close();
        AssessmentEvents.forget(task);
        TaskApi.delete(business, task);
    }

    @Test
    void a_start_with_fields_a_newer_producer_added_counts_and_the_task_is_then_archived_not_deleted() {
        AssessmentStarted started = AssessmentEvents.startedOf(task, UUID.randomUUID());
        events.send(TOPIC, started.key(), EventJson.withAddedField(started));

        await().atMost(Duration.ofSeconds(60)).until(() -> AssessmentEvents.counted(task) == 1);
        as(business).delete("/api/tasks/" + task).then().statusCode(204).header("Skills-Lab-Task-Outcome", "archived");
        as(business).get("/api/tasks/" + task).then().statusCode(200);
    }

    @Test
    void an_assessment_counts_once_however_often_it_is_announced() {
        UUID assessment = UUID.randomUUID();
        // Accepting an invitation creates the assessment: it counts before it is started.
        events.send(
                InvitationConsumerTest.TOPIC,
                new InvitationAccepted(
                        UUID.randomUUID(),
                        null,
                        InvitationAccepted.SCHEMA_VERSION,
                        Instant.now(),
                        UUID.randomUUID(),
                        task,
                        "someone-else",
                        "invited-" + assessment,
                        assessment));
        await().atMost(Duration.ofSeconds(60)).until(() -> AssessmentEvents.counted(task) == 1);

        AssessmentStarted started = AssessmentEvents.startedOf(task, assessment);
        events.send(TOPIC, started);
        events.send(TOPIC, started);
        events.send(TOPIC, AssessmentEvents.startedOf(task, assessment));
        events.send(TOPIC, AssessmentExpired.of(assessment, "candidate-" + assessment, Instant.now()));
        // Another assessment, keyed like the first so that it lands behind the redeliveries: once it is counted,
        // they have all been read.
        events.send(TOPIC, started.key(), EventJson.bytes(AssessmentEvents.startedOf(task, UUID.randomUUID())));

        await().atMost(Duration.ofSeconds(60)).until(() -> AssessmentEvents.counted(task) == 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(60))
                .until(() -> AssessmentEvents.counted(task) == 2);
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_count_nothing_and_the_next_one_is_still_read() {
        byte[] garbage = PoisonBytes.garbage();
        byte[] untyped = PoisonBytes.jsonWithoutType();
        AssessmentStarted withoutTask = AssessmentEvents.startedOf(task, UUID.randomUUID());
        byte[] noTask = new String(EventJson.bytes(withoutTask), StandardCharsets.UTF_8)
                .replace("\"taskId\":\"" + task + "\",", "")
                .getBytes(StandardCharsets.UTF_8);
        try (DeadLetters dlq = new DeadLetters(TOPIC + ".dlq", CHANNEL)) {
            events.send(TOPIC, "garbage-" + task, garbage);
            events.send(TOPIC, "untyped-" + task, untyped);
            events.send(TOPIC, withoutTask.key(), noTask);

            await("garbage dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(untyped));
            await("started without a task dead-lettered")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> dlq.contains(noTask));
        }
        assertThat(AssessmentEvents.counted(task)).isZero();

        events.send(TOPIC, AssessmentEvents.startedOf(task, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(60)).until(() -> AssessmentEvents.counted(task) == 1);
    }
}
