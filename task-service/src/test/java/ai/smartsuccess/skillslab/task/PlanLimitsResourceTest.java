package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.plans.OwnerPlans;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The active-task limit of a business's plan, the plan coming from the gateway's PlanChanged events on the real Kafka
 * ({@code test.plan-changes}). Temporary business accounts only, so the demo business keeps its plan.
 */
@QuarkusTest
class PlanLimitsResourceTest {

    static final String TOPIC = "test.plan-changes";

    @Inject
    OwnerPlans ownerPlans;

    TopicWriter events;
    TempUser business;

    @BeforeEach
    void setUp() {
        events = new TopicWriter();
        business = TempUsers.business("task-plan", "Task Plan Co");
    }

    @AfterEach
    void tearDown() {
        events.close();
        business.close();
    }

    @Test
    void a_business_without_an_announced_plan_is_on_the_default_plan() {
        as(business.token())
                .get("/api/tasks/plan-usage")
                .then()
                .statusCode(200)
                .body("plan", is("business"))
                .body("limit", is("activeTasks"))
                .body("used", is(0))
                .body("max", is(50));
        as(accessToken(CANDIDATE)).get("/api/tasks/plan-usage").then().statusCode(403);
    }

    @Test
    void the_free_plan_refuses_a_second_active_task_until_one_is_deleted() {
        onPlan("free", Instant.now());

        UUID first = TaskApi.create(business.token(), newTask("The one free task"));
        limitReached(create("One task too many"), 1, 1);
        limitReached(
                as(business.token()).post("/api/tasks/" + first + "/duplicate").then(), 1, 1);
        as(business.token())
                .get("/api/tasks/plan-usage")
                .then()
                .body("plan", is("free"))
                .body("used", is(1))
                .body("max", is(1));

        // Deleting (or archiving) frees the slot.
        TaskApi.delete(business.token(), first);
        UUID second = TaskApi.create(business.token(), newTask("The next free task"));
        TaskApi.delete(business.token(), second);
    }

    @Test
    void a_draft_is_not_published_while_a_smaller_plan_is_exceeded() {
        Instant premium = Instant.now().minusSeconds(60);
        onPlan("premium", premium);
        UUID published = TaskApi.createPublished(business.token(), newTask("Published on premium"));
        UUID draft = TaskApi.create(business.token(), newTask("Draft on premium"));

        onPlan("free", premium.plusSeconds(30));
        limitReached(
                as(business.token()).post("/api/tasks/" + draft + "/publish").then(), 2, 1);

        // A late event (older than the plan in force) or a redelivered one changes nothing.
        assertThat(record(planChanged("business", premium.plusSeconds(10)))).isFalse();
        awaitPlan("free");

        onPlan("premium", premium.plusSeconds(40));
        TaskApi.publish(business.token(), draft, null);
        TaskApi.delete(business.token(), draft);
        TaskApi.delete(business.token(), published);
    }

    @Test
    void a_plan_change_with_fields_a_newer_producer_added_is_still_read() {
        PlanChanged event = planChanged("premium", Instant.now());
        events.send(TOPIC, event.key(), EventJson.withAddedField(event));
        awaitPlan("premium");
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_and_the_next_one_is_still_read() {
        byte[] garbage = PoisonBytes.garbage();
        byte[] untyped = PoisonBytes.jsonWithoutType();
        byte[] noPlan = EventJson.changed(planChanged("premium", Instant.now()), node -> node.remove("plan"));
        try (DeadLetters dlq = new DeadLetters(TOPIC + ".dlq", "plan-changes")) {
            events.send(TOPIC, business.id(), garbage);
            events.send(TOPIC, business.id(), untyped);
            events.send(TOPIC, business.id(), noPlan);
            // Readable but of a plan this service does not know: refused without retries, the channel goes on.
            events.send(TOPIC, planChanged("platinum", Instant.now()));
            events.send(TOPIC, planChanged("free", Instant.now().plusSeconds(1)));

            await("garbage dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(Duration.ofSeconds(60)).until(() -> dlq.contains(untyped));
            await("plan change without a plan dead-lettered")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> dlq.contains(noPlan));
            awaitPlan("free");
        }
    }

    private boolean record(PlanChanged event) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> ownerPlans.record(event));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void onPlan(String plan, Instant changedAt) {
        events.send(TOPIC, planChanged(plan, changedAt));
        awaitPlan(plan);
    }

    private void awaitPlan(String plan) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(business.token())
                        .get("/api/tasks/plan-usage")
                        .then()
                        .statusCode(200)
                        .body("plan", is(plan)));
    }

    private PlanChanged planChanged(String plan, Instant changedAt) {
        return PlanChanged.of(UUID.randomUUID(), business.id(), plan, null, changedAt);
    }

    private ValidatableResponse create(String title) {
        return as(business.token())
                .contentType(ContentType.JSON)
                .body(newTask(title))
                .post("/api/tasks")
                .then();
    }

    private static void limitReached(ValidatableResponse response, int used, int max) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/plan-limit-reached"))
                .body("limit", is("activeTasks"))
                .body("plan", is("free"))
                .body("used", is(used))
                .body("max", is(max));
    }
}
