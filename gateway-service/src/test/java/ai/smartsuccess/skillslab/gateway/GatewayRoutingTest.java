package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class GatewayRoutingTest {

    @BeforeEach
    void resetStubs() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void routes_a_request_with_its_token_and_body_to_the_owning_service() {
        UpstreamStub.server.stubFor(post("/api/assessments")
                .withHeader("Authorization", equalTo("Bearer " + accessToken(CANDIDATE)))
                .withRequestBody(equalTo("{\"taskId\":\"t-1\"}"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"assessmentId\":\"a-1\",\"status\":\"pending\"}")));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body("{\"taskId\":\"t-1\"}")
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .body("assessmentId", org.hamcrest.Matchers.equalTo("a-1"));
        UpstreamStub.server.verify(postRequestedFor(urlEqualTo("/api/assessments")));
    }

    @Test
    void keeps_query_strings() {
        UpstreamStub.server.stubFor(get("/api/tasks?type=bug_fix&limit=5")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"total\":2}")));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/tasks?type=bug_fix&limit=5")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void streams_server_sent_events_through() {
        UpstreamStub.server.stubFor(post("/api/ai/chat/stream")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody("data: {\"type\":\"delta\",\"text\":\"Hel\"}\n\n"
                                + "data: {\"type\":\"done\",\"model\":\"offline-assistant\"}\n\n")));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/ai/chat/stream")
                .then()
                .statusCode(200)
                .contentType(containsString("text/event-stream"))
                .body(containsString("\"type\":\"done\""));
    }

    @Test
    void internal_endpoints_are_never_reachable_from_outside() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/internal/tasks/x/bundle")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .urlEncodingEnabled(false)
                .get("/api/tasks/%2e%2e/%2e%2e/internal/tasks/x/bundle")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(404)))
                .contentType("application/problem+json");
        UpstreamStub.server.verify(
                0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching("/internal/.*")));
    }

    @Test
    void dot_segments_are_refused_rather_than_rewritten() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .urlEncodingEnabled(false)
                .get("/api/tasks/%2Fetc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_service_that_is_down_answers_as_a_problem() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/notifications")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Service unavailable"));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void ai_requests_beyond_the_per_user_limit_get_429_with_retry_after() {
        UpstreamStub.server.stubFor(get("/api/ai/models")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"models\":[]}")));
        String token = accessToken(KeycloakTokens.ADMIN);
        int limit = 5; // %test.skillslab.rate-limits.ai
        int status = 200;
        for (int i = 0; i <= limit && status == 200; i++) {
            status = given().auth().oauth2(token).get("/api/ai/models").statusCode();
        }
        given().auth()
                .oauth2(token)
                .get("/api/ai/models")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }
}
