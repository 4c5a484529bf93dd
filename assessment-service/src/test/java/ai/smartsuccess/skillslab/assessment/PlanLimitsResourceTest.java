package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.plans.OwnerPlans;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly invitation limit of a business's plan, the plan coming from the gateway's PlanChanged events on the real
 * Kafka ({@code test.plan-changes}). Temporary business accounts only, so the demo business keeps its plan.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class PlanLimitsResourceTest {

    static final String TOPIC = "test.plan-changes";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OwnerPlans ownerPlans;

    TopicWriter events;
    TempUser business;

    @BeforeEach
    void setUp() {
        events = new TopicWriter();
        business = TempUsers.business("invite-plan", "Invite Plan Co");
    }

    @AfterEach
    void tearDown() {
        events.close();
        business.close();
    }

    @Test
    void the_free_plan_refuses_the_twenty_first_invitation_of_the_month() {
        given().auth()
                .oauth2(business.token())
                .get("/api/invitations/plan-usage")
                .then()
                .statusCode(200)
                .body("plan", is("business"))
                .body("max", is(2000))
                .body("used", is(0));
        onPlan("free", Instant.now());
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(business.id()));

        for (int i = 1; i <= 20; i++) {
            invite(task, "candidate-" + i).statusCode(201);
        }
        invite(task, "candidate-21")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/plan-limit-reached"))
                .body("limit", is("invitationsThisMonth"))
                .body("plan", is("free"))
                .body("used", is(20))
                .body("max", is(20));
        given().auth()
                .oauth2(business.token())
                .get("/api/invitations/plan-usage")
                .then()
                .statusCode(200)
                .body("plan", is("free"))
                .body("limit", is("invitationsThisMonth"))
                .body("used", is(20))
                .body("max", is(20));

        // A larger plan makes room at once.
        onPlan("premium", Instant.now().plusSeconds(1));
        invite(task, "candidate-21").statusCode(201);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/invitations/plan-usage")
                .then()
                .statusCode(403);
    }

    @Test
    void a_bulk_invitation_sends_the_lines_the_month_has_room_for_and_refuses_the_rest_line_by_line() {
        onPlan("free", Instant.now());
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(business.id()));
        for (int i = 1; i <= 18; i++) {
            invite(task, "early-" + i).statusCode(201);
        }

        given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId",
                        task.toString(),
                        "addresses",
                        "late-1@example.test\nlate-2@example.test\nlate-3@example.test\nlate-4@example.test"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(207)
                .body("created.row", contains(1, 2))
                .body("failed.row", contains(3, 4))
                .body("failed[0].problem.type", endsWith("/plan-limit-reached"))
                .body("failed[1].problem.type", endsWith("/plan-limit-reached"));
        given().auth()
                .oauth2(business.token())
                .get("/api/invitations/plan-usage")
                .then()
                .statusCode(200)
                .body("used", is(20));
    }

    @Test
    void a_late_or_repeated_plan_change_changes_nothing() {
        Instant now = Instant.now();
        PlanChanged premium = planChanged("premium", now);
        assertThat(record(premium)).isTrue();
        assertThat(record(premium)).isFalse();
        assertThat(record(planChanged("free", now.minusSeconds(5)))).isFalse();
        given().auth()
                .oauth2(business.token())
                .get("/api/invitations/plan-usage")
                .then()
                .body("plan", is("premium"));
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

            await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
            await("plan change without a plan dead-lettered").atMost(WAIT).until(() -> dlq.contains(noPlan));
            awaitPlan("free");
        }
    }

    private ValidatableResponse invite(UUID task, String name) {
        return given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "recipientEmail", name + "@example.test"))
                .post("/api/invitations")
                .then();
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
        await().atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(business.token())
                        .get("/api/invitations/plan-usage")
                        .then()
                        .statusCode(200)
                        .body("plan", is(plan)));
    }

    private PlanChanged planChanged(String plan, Instant changedAt) {
        return PlanChanged.of(UUID.randomUUID(), business.id(), plan, null, changedAt);
    }
}
