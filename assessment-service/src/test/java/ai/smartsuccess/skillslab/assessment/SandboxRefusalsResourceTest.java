package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sandbox's limits reach the candidate as the sandbox gave them, and the attempt stays ready to start. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class SandboxRefusalsResourceTest {

    @Test
    void too_many_sandboxes_is_a_429_and_a_full_platform_a_503_with_retry_after_and_the_attempt_stays_pending() {
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        try (TempUser candidate = TempUsers.individual("crowded")) {
            String token = candidate.token();
            UUID id = AttemptsResourceTest.create(token, task);

            refuseProvisioning(id, 429, "too-many-sandboxes", "You already have 2 sandboxes running.", "20");
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", "20")
                    .body("type", endsWith("/too-many-sandboxes"))
                    .body("detail", org.hamcrest.Matchers.equalTo("You already have 2 sandboxes running."));

            refuseProvisioning(id, 503, "sandbox-capacity", "Every sandbox slot is taken.", "45");
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "45")
                    .body("type", endsWith("/sandbox-capacity"));

            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("pending"));

            // Once the sandbox has room again, the same attempt starts.
            PlatformStubs.wiremock()
                    .removeStubsByMetadata(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                            "$.refusal", equalTo(id.toString())));
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("in_progress"));
        }
    }

    private static void refuseProvisioning(UUID id, int status, String kind, String detail, String retryAfter) {
        PlatformStubs.wiremock()
                .stubFor(post(urlPathEqualTo("/sandbox/internal/sandboxes"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.assessmentId", equalTo(id.toString())))
                        .withMetadata(java.util.Map.of("refusal", id.toString()))
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withHeader("Content-Type", "application/problem+json")
                                .withHeader("Retry-After", retryAfter)
                                .withBody("{\"type\":\"https://skillslab.dev/problems/" + kind
                                        + "\",\"title\":\"Refused\"," + "\"status\":" + status + ",\"detail\":\""
                                        + detail + "\"}")));
    }
}
