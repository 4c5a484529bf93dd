package ai.smartsuccess.skillslab.notification;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import ai.smartsuccess.skillslab.notification.support.Webhooks;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A business's webhooks end to end: saved through the API as a real Keycloak user, fed by events on the real Kafka,
 * delivered to a WireMock receiver that checks what an ATS would check (the signature).
 */
@QuarkusTest
class WebhookResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static WireMockServer receiver;
    static TempUser business;
    static TempUser otherBusiness;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    Pool pool;

    KafkaEvents events;

    @BeforeAll
    static void start() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        business = TempUsers.business("hook-biz", "Hook GmbH");
        otherBusiness = TempUsers.business("hook-other", "Other Hooks AG");
    }

    @AfterAll
    static void stop() {
        receiver.stop();
        business.close();
        otherBusiness.close();
    }

    @BeforeEach
    void reset() {
        receiver.resetAll();
    }

    /** Events to the service's consumers, once they own their partitions (only the tests that need Kafka wait). */
    private KafkaEvents events() {
        if (events == null) {
            KafkaEvents.awaitAssigned(kafkaClients, List.of("assessment-lifecycle", "score-results", "invitations"));
            events = new KafkaEvents(json);
        }
        return events;
    }

    @AfterEach
    void close() {
        if (events != null) {
            events.close();
            events = null;
        }
        // Each test starts with no webhooks, within the limit of 10.
        for (String id :
                as(business.token()).get("/api/business/webhooks").jsonPath().<String>getList("webhooks.id")) {
            as(business.token()).delete("/api/business/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void a_test_event_arrives_signed_with_the_secret_shown_once() throws Exception {
        receiver.stubFor(
                post("/ats/hook").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        JsonPath created = as(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url("/ats/hook"), "events", List.of("candidate.scored")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("events", equalTo(List.of("candidate.scored")))
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");

        // Never shown again, nor stored readable.
        as(business.token())
                .get("/api/business/webhooks")
                .then()
                .statusCode(200)
                .body("webhooks.id", hasItem(id))
                .body("webhooks[0]", not(org.hamcrest.Matchers.hasKey("secret")));
        as(business.token())
                .get("/api/business/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("url", equalTo(url("/ats/hook")))
                .body("secret", nullValue());
        byte[] stored = pool.preparedQuery("select secret_cipher from notification.webhooks where id = $1")
                .execute(Tuple.of(UUID.fromString(id)))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getBuffer(0)
                .getBytes();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);

        as(business.token())
                .post("/api/business/webhooks/" + id + "/test")
                .then()
                .statusCode(200)
                .body("event", equalTo("webhook.test"))
                .body("status", equalTo("delivered"))
                .body("attemptLog[0].statusCode", equalTo(200))
                .body("attemptLog[0].responseExcerpt", equalTo("{\"ok\":true}"));

        LoggedRequest request =
                receiver.findAll(postRequestedFor(urlEqualTo("/ats/hook"))).get(0);
        String signature = request.getHeader("Skills-Lab-Signature");
        assertThat(Webhooks.verifies(signature, request.getBodyAsString(), secret))
                .isTrue();
        assertThat(Webhooks.verifies(signature, request.getBodyAsString(), secret + "x"))
                .isFalse();
        assertThat(Webhooks.timestamp(signature))
                .isBetween(Instant.now().getEpochSecond() - 120, Instant.now().getEpochSecond() + 5);
        assertThat(request.getHeader("Skills-Lab-Event")).isEqualTo("webhook.test");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(request.getBodyAsString());
        assertThat(body.path("type").asText()).isEqualTo("webhook.test");
        assertThat(body.path("data").path("webhookId").asText()).isEqualTo(id);
    }

    @Test
    void a_failing_receiver_gets_the_event_again_until_it_accepts_it() throws Exception {
        receiver.stubFor(post("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database down " + "x".repeat(2000)))
                .willSetStateTo("recovered"));
        receiver.stubFor(post("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        String secret = "my-own-shared-secret-0123456789";
        String id = as(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url", url("/flaky"),
                        "events", List.of("candidate.submitted", "invitation.accepted"),
                        "secret", secret))
                .post("/api/business/webhooks")
                .then()
                .statusCode(201)
                .body("secret", equalTo(secret))
                .extract()
                .path("id");

        BusinessEvents way = new BusinessEvents(business.id(), "Ria Retry");
        events().send("test.assessment-lifecycle", way.submitted());

        await().atMost(WAIT)
                .until(() -> "delivered".equals(deliveries(business.token(), id).getString("deliveries[0].status")));
        JsonPath log = deliveries(business.token(), id);
        assertThat(log.getInt("total")).isEqualTo(1);
        assertThat(log.getString("deliveries[0].event")).isEqualTo("candidate.submitted");
        assertThat(log.getInt("deliveries[0].attempts")).isEqualTo(2);
        assertThat(log.getList("deliveries[0].attemptLog.statusCode")).containsExactly(500, 200);
        assertThat(log.getList("deliveries[0].attemptLog.succeeded")).containsExactly(false, true);
        assertThat(log.getString("deliveries[0].attemptLog[0].responseExcerpt"))
                .startsWith("database down")
                .hasSizeLessThanOrEqualTo(500);

        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo("/flaky")));
        assertThat(received).hasSize(2);
        for (LoggedRequest request : received) {
            assertThat(Webhooks.verifies(request.getHeader("Skills-Lab-Signature"), request.getBodyAsString(), secret))
                    .isTrue();
        }
        // The same event (same id) both times, so the receiver can tell a retry from a new event.
        assertThat(received.get(0).getBodyAsString()).isEqualTo(received.get(1).getBodyAsString());
        JsonNode body = json.readTree(received.get(1).getBodyAsString());
        assertThat(body.path("type").asText()).isEqualTo("candidate.submitted");
        assertThat(body.path("data").path("assessmentId").asText()).isEqualTo(way.assessmentId.toString());
        assertThat(body.path("data").path("candidate").path("email").asText()).isEqualTo(way.candidateEmail);
        assertThat(body.path("data").path("taskTitle").asText()).isEqualTo(BusinessEvents.TASK_TITLE);
    }

    @Test
    void a_receiver_that_keeps_failing_ends_failed_after_the_last_attempt() {
        receiver.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        String id = create(business.token(), url("/down"), List.of("candidate.scored"))
                .path("id");
        BusinessEvents way = new BusinessEvents(business.id(), "Fay Fail");
        events().send("test.assessment-lifecycle", way.submitted());
        events().send("test.score-results", way.scored(64, "operator"));

        await().atMost(WAIT)
                .until(() -> "failed".equals(deliveries(business.token(), id).getString("deliveries[0].status")));
        JsonPath log = deliveries(business.token(), id);
        // Three attempts in the test profile, then no more.
        assertThat(log.getList("deliveries[0].attemptLog.statusCode")).containsExactly(503, 503, 503);
        assertThat(log.getString("deliveries[0].nextAttemptAt")).isNull();
        assertThat(log.getString("deliveries[0].event")).isEqualTo("candidate.scored");
    }

    @Test
    void only_the_business_role_and_only_the_owner_reach_a_webhook() {
        String id = create(business.token(), url("/mine"), List.of("candidate.scored"))
                .path("id");

        given().get("/api/business/webhooks").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("url", url("/x"), "events", List.of("candidate.scored")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(401);
        given().delete("/api/business/webhooks/" + id).then().statusCode(401);

        String candidate = accessToken(CANDIDATE);
        as(candidate).get("/api/business/webhooks").then().statusCode(403).contentType("application/problem+json");
        as(candidate)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url("/x"), "events", List.of("candidate.scored")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(403);
        as(candidate).get("/api/business/webhooks/" + id + "/deliveries").then().statusCode(403);

        as(otherBusiness.token())
                .get("/api/business/webhooks")
                .then()
                .statusCode(200)
                .body("webhooks.id", not(hasItem(id)));
        as(otherBusiness.token())
                .get("/api/business/webhooks/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(otherBusiness.token())
                .get("/api/business/webhooks/" + id + "/deliveries")
                .then()
                .statusCode(404);
        as(otherBusiness.token())
                .post("/api/business/webhooks/" + id + "/test")
                .then()
                .statusCode(404);
        as(otherBusiness.token()).delete("/api/business/webhooks/" + id).then().statusCode(404);
        as(otherBusiness.token()).get("/api/business/webhooks/not-an-id").then().statusCode(404);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/mine")))).isEmpty();

        as(business.token()).delete("/api/business/webhooks/" + id).then().statusCode(204);
        as(business.token()).get("/api/business/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void unusable_urls_and_bad_fields_are_refused_naming_the_field() {
        refused(Map.of("url", "ftp://127.0.0.1/x", "events", List.of("candidate.scored")), "url");
        refused(Map.of("url", "http://user:pw@127.0.0.1/x", "events", List.of("candidate.scored")), "url");
        refused(Map.of("url", "http://169.254.169.254/latest/meta-data", "events", List.of("candidate.scored")), "url");
        refused(Map.of("url", "http://0.0.0.0:8080/x", "events", List.of("candidate.scored")), "url");
        refused(
                Map.of("url", "https://" + "a".repeat(2050) + ".example.com/", "events", List.of("candidate.scored")),
                "url");
        refused(Map.of("url", "not a url", "events", List.of("candidate.scored")), "url");
        refused(Map.of("events", List.of("candidate.scored")), "url");
        refused(Map.of("url", url("/x")), "events");
        refused(Map.of("url", url("/x"), "events", List.of("candidate.scored", "candidate.hired")), "events[1]");
        refused(Map.of("url", url("/x"), "events", List.of("candidate.scored"), "secret", "short"), "secret");
        refused(
                Map.of("url", url("/x"), "events", List.of("candidate.scored"), "secret", "has spaces in it, too many"),
                "secret");
        as(business.token())
                .contentType(ContentType.JSON)
                .body("{\"url\":\"" + url("/x") + "\",\"events\":[\"candidate.scored\"],\"retries\":3}")
                .post("/api/business/webhooks")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://skillslab.dev/problems/unknown-field"));
        as(business.token())
                .get("/api/business/webhooks/" + UUID.randomUUID() + "/deliveries?size=0")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        as(business.token()).get("/api/business/webhooks").then().body("webhooks", equalTo(List.of()));
    }

    @Test
    void a_business_has_at_most_ten_webhooks() {
        for (int i = 0; i < 10; i++) {
            create(business.token(), url("/many/" + i), List.of("invitation.accepted"));
        }
        as(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url("/many/10"), "events", List.of("invitation.accepted")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/webhook-limit-reached"))
                .body("limit", equalTo(10));
        // Another business is not affected.
        String theirs = create(otherBusiness.token(), url("/theirs"), List.of("invitation.accepted"))
                .path("id");
        as(otherBusiness.token())
                .delete("/api/business/webhooks/" + theirs)
                .then()
                .statusCode(204);
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> create(
            String token, String url, List<String> events) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", events))
                .post("/api/business/webhooks")
                .then()
                .statusCode(201)
                .extract();
    }

    private static JsonPath deliveries(String token, String webhookId) {
        return as(token)
                .get("/api/business/webhooks/" + webhookId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void refused(Map<String, Object> body, String field) {
        as(business.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/business/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/validation"))
                .body("errors.field", hasItem(field));
    }
}
