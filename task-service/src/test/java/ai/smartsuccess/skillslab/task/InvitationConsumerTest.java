package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import ai.smartsuccess.skillslab.task.repository.TaskAccessGrantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * InvitationAccepted events on the real Kafka ({@code test.invitations}), as assessment-service publishes them, open a
 * private task to the invited candidate, and the assessment it created counts for the task; a record that cannot be read
 * goes to {@code test.invitations.dlq} and changes nothing.
 */
@QuarkusTest
class InvitationConsumerTest {

    static final String TOPIC = "test.invitations";
    static final String CHANNEL = "invitations";

    @Inject
    TaskAccessGrantRepository grants;

    String business = accessToken(BUSINESS);
    String candidate = accessToken(CANDIDATE);
    UUID task;
    TopicWriter events;

    @BeforeEach
    void setUp() {
        task = TaskApi.createPublished(business, newTask("Invitation-only task"));
        events = new TopicWriter();
    }

    @AfterEach
    void tearDown() {
        events.close();
        AssessmentEvents.forget(task);
        TaskApi.delete(business, task);
    }

    @Test
    void an_accepted_invitation_lets_the_candidate_see_the_private_task() {
        as(candidate).get("/api/tasks/" + task).then().statusCode(404);
        send(accepted(task, KeycloakUsers.subjectOf(BUSINESS), KeycloakUsers.subjectOf(CANDIDATE)));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> as(candidate).get("/api/tasks/" + task).then().statusCode(200));
        as(candidate)
                .queryParam("isDefault", false)
                .queryParam("limit", 100)
                .get("/api/tasks")
                .then()
                .body("tasks.id", hasItem(task.toString()));
        as(accessToken(KeycloakUsers.secondBusiness()))
                .get("/api/tasks/" + task)
                .then()
                .statusCode(404);

        // The grant does not outlive the task's own rules: a deactivated task is hidden again.
        as(business)
                .contentType(ContentType.JSON)
                .body(Map.of("isActive", false))
                .put("/api/tasks/" + task)
                .then()
                .statusCode(200);
        as(candidate).get("/api/tasks/" + task).then().statusCode(404);
    }

    @Test
    void a_grant_to_a_draft_shows_nothing_until_the_task_is_published() {
        UUID draft = TaskApi.create(business, newTask("Invitation-only draft"));
        try {
            InvitationAccepted event =
                    accepted(draft, KeycloakUsers.subjectOf(BUSINESS), KeycloakUsers.subjectOf(CANDIDATE));
            send(event);
            await().atMost(Duration.ofSeconds(60)).until(() -> grantsOf(event.invitationId()) == 1);
            as(candidate).get("/api/tasks/" + draft).then().statusCode(404);
            as(candidate).get("/api/tasks/" + draft + "/files").then().statusCode(404);

            TaskApi.publish(business, draft, null);
            as(candidate).get("/api/tasks/" + draft).then().statusCode(200);
        } finally {
            TaskApi.delete(business, draft);
        }
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        InvitationAccepted event =
                accepted(task, KeycloakUsers.subjectOf(BUSINESS), KeycloakUsers.subjectOf(CANDIDATE));
        send(event);
        send(event);
        send(new InvitationAccepted(
                UUID.randomUUID(),
                null,
                1,
                Instant.now(),
                event.invitationId(),
                task,
                event.senderId(),
                event.recipientUserId(),
                event.assessmentId()));
        UUID later = UUID.randomUUID();
        send(accepted(task, event.senderId(), "someone-else-" + later, later));

        await().atMost(Duration.ofSeconds(60)).until(() -> grantsOf(later) == 1);
        assertThat(grantsOf(event.invitationId())).isEqualTo(1);
        as(candidate).get("/api/tasks/" + task).then().statusCode(200);
    }

    @Test
    void an_invitation_not_sent_by_the_task_creator_grants_nothing() {
        UUID forged = UUID.randomUUID();
        send(accepted(
                task,
                KeycloakUsers.subjectOf(KeycloakUsers.secondBusiness()),
                KeycloakUsers.subjectOf(CANDIDATE),
                forged));
        UUID marker = UUID.randomUUID();
        send(accepted(task, KeycloakUsers.subjectOf(BUSINESS), "marker-" + marker, marker));

        await().atMost(Duration.ofSeconds(60)).until(() -> grantsOf(marker) == 1);
        assertThat(grantsOf(forged)).isZero();
        as(candidate).get("/api/tasks/" + task).then().statusCode(404);
    }

    @Test
    void an_accepted_invitation_with_fields_a_newer_producer_added_is_still_read() {
        InvitationAccepted event =
                accepted(task, KeycloakUsers.subjectOf(BUSINESS), KeycloakUsers.subjectOf(CANDIDATE));
        events.send(TOPIC, event.key(), EventJson.withAddedField(event));

        await().atMost(Duration.ofSeconds(60)).until(() -> grantsOf(event.invitationId()) == 1);
        as(candidate).get("/api/tasks/" + task).then().statusCode(200);
        // The assessment the invitation created counts for the task: deleting it now archives it.
        await().atMost(Duration.ofSeconds(60)).until(() -> AssessmentEvents.counted(task) == 1);
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_change_nothing_and_the_next_one_is_still_read() {
        byte[] garbage = PoisonBytes.garbage();
        byte[] untyped = PoisonBytes.jsonWithoutType();
        UUID after = UUID.randomUUID();
        try (DeadLetters dlq = new DeadLetters(TOPIC + ".dlq", CHANNEL)) {
            events.send(TOPIC, "garbage-" + after, garbage);
            events.send(TOPIC, "untyped-" + after, untyped);
            events.send(TOPIC, accepted(task, KeycloakUsers.subjectOf(BUSINESS), "after-" + after, after));

            await("garbage dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(untyped));
            await().atMost(Duration.ofSeconds(60)).until(() -> grantsOf(after) == 1);
        }
        assertThat(grantsOfTask(task)).isEqualTo(1);
        assertThat(AssessmentEvents.counted(task)).isEqualTo(1);
        as(candidate).get("/api/tasks/" + task).then().statusCode(404);
    }

    private long grantsOfTask(UUID taskId) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> grants.count("taskId", taskId)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long grantsOf(UUID invitationId) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> grants.count("invitationId", invitationId)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(InvitationAccepted event) {
        events.send(TOPIC, event);
    }

    static InvitationAccepted accepted(UUID task, String sender, String recipient) {
        return accepted(task, sender, recipient, UUID.randomUUID());
    }

    static InvitationAccepted accepted(UUID task, String sender, String recipient, UUID invitationId) {
        return new InvitationAccepted(
                UUID.randomUUID(),
                null,
                InvitationAccepted.SCHEMA_VERSION,
                Instant.now(),
                invitationId,
                task,
                sender,
                recipient,
                UUID.randomUUID());
    }
}
