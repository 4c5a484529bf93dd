package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans: an admin puts a business account on a plan (PlanChanged on {@code test.plan-changes}), and a business reads its
 * plan's limits and usage, counted by task-service and assessment-service (WireMock here) and by the profiles here.
 * Only temporary accounts change plan, so that no other module's tests see the demo business on another plan.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class PlanResourceTest {

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void resetStubs() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void an_admin_changes_a_business_plan_and_the_change_is_announced() throws Exception {
        try (TempUser business = TempUsers.business("plan-admin", "Plan Change Co")) {
            // A new business account starts on the configured plan, and that start is announced too.
            try (TopicReader plans = TopicReader.fromEnd("test.plan-changes")) {
                as(business.token())
                        .get("/api/auth/me")
                        .then()
                        .statusCode(200)
                        .body("subscription.plan", is("business"));
                JsonNode started = nextEvent(plans, business.id());
                assertThat(started.get("type").asText()).isEqualTo("PlanChanged");
                assertThat(started.get("plan").asText()).isEqualTo("business");
                assertThat(started.get("previousPlan").isNull()).isTrue();
            }

            try (TopicReader plans = TopicReader.fromEnd("test.plan-changes")) {
                as(accessToken(ADMIN))
                        .contentType(ContentType.JSON)
                        .body(Map.of("plan", "premium"))
                        .put("/api/admin/users/" + business.id() + "/plan")
                        .then()
                        .statusCode(200)
                        .body("userId", is(business.id()))
                        .body("plan", is("premium"))
                        .body("previousPlan", is("business"))
                        .body("changed", is(true));

                JsonNode changed = nextEvent(plans, business.id());
                assertThat(changed.get("type").asText()).isEqualTo("PlanChanged");
                assertThat(changed.get("userId").asText()).isEqualTo(business.id());
                assertThat(changed.get("plan").asText()).isEqualTo("premium");
                assertThat(changed.get("previousPlan").asText()).isEqualTo("business");
                assertThat(changed.hasNonNull("eventId")).isTrue();
                assertThat(changed.hasNonNull("changedAt")).isTrue();
            }
            as(business.token()).get("/api/auth/me").then().body("subscription.plan", is("premium"));

            // The same plan again: nothing changes.
            as(accessToken(ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "premium"))
                    .put("/api/admin/users/" + business.id() + "/plan")
                    .then()
                    .statusCode(200)
                    .body("changed", is(false));
        }
    }

    @Test
    void only_an_admin_may_change_a_plan_and_only_to_a_plan_that_exists() {
        try (TempUser business = TempUsers.business("plan-refused", "Plan Refused Co")) {
            as(business.token()).get("/api/auth/me").then().statusCode(200);
            String path = "/api/admin/users/" + business.id() + "/plan";

            as(business.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "business"))
                    .put(path)
                    .then()
                    .statusCode(403);
            given().contentType(ContentType.JSON)
                    .body(Map.of("plan", "business"))
                    .put(path)
                    .then()
                    .statusCode(401);
            as(accessToken(ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "gold"))
                    .put(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", is("plan"));
            as(accessToken(ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "free"))
                    .put("/api/admin/users/" + UUID.randomUUID() + "/plan")
                    .then()
                    .statusCode(404);
            as(business.token()).get("/api/auth/me").then().body("subscription.plan", is("business"));
        }
    }

    @Test
    void a_business_reads_its_plan_limits_and_usage() {
        try (TempUser first = TempUsers.business("plan-usage", "Usage Seats Co");
                TempUser second = TempUsers.business("plan-usage", "usage seats co ")) {
            as(second.token()).get("/api/auth/me").then().statusCode(200);
            as(accessToken(ADMIN)).get("/api/auth/me").then().statusCode(200);
            as(first.token()).get("/api/auth/me").then().statusCode(200);
            as(accessToken(ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "free"))
                    .put("/api/admin/users/" + first.id() + "/plan")
                    .then()
                    .statusCode(200);
            stubUsage("/api/tasks/plan-usage", first.token(), "activeTasks", 1);
            stubUsage("/api/invitations/plan-usage", first.token(), "invitationsThisMonth", 7);

            as(first.token())
                    .get("/api/business/plan")
                    .then()
                    .statusCode(200)
                    .body("plan", is("free"))
                    .body("limits.activeTasks.used", is(1))
                    .body("limits.activeTasks.max", is(1))
                    .body("limits.invitationsThisMonth.used", is(7))
                    .body("limits.invitationsThisMonth.max", is(20))
                    .body("limits.seats.used", is(2))
                    .body("limits.seats.max", is(1));

            // A service that does not answer leaves its count empty; the rest is still shown.
            UpstreamStub.server.resetAll();
            as(first.token())
                    .get("/api/business/plan")
                    .then()
                    .statusCode(200)
                    .body("limits.activeTasks.used", nullValue())
                    .body("limits.activeTasks.max", is(1))
                    .body("limits.seats.used", is(2));
        }
    }

    @Test
    void only_a_business_has_a_plan_page() {
        given().get("/api/business/plan").then().statusCode(401);
        as(accessToken(ADMIN)).get("/api/business/plan").then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    private static void stubUsage(String path, String token, String limit, int used) {
        UpstreamStub.server.stubFor(get(path)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"plan\":\"free\",\"limit\":\"" + limit + "\",\"used\":" + used + ",\"max\":1}")));
    }

    private JsonNode nextEvent(TopicReader reader, String key) throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        // Generous: Kafka on a busy shared machine can take a while to deliver.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, byte[]> record : reader.withKey(key, Duration.ofMillis(500))) {
                seen.add(json.readTree(record.value()));
            }
            return !seen.isEmpty();
        });
        return seen.get(0);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
