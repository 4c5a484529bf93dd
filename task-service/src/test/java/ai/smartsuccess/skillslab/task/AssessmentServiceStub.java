package ai.smartsuccess.skillslab.task;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * assessment-service at its REST boundary (it does not run during module tests): {@code GET
 * /internal/tasks/{taskId}/assessment-count} answers {@code {"count": 0}} to a caller with a bearer token, unless a test
 * said otherwise for a task. The token itself is the real one this service got from Keycloak.
 */
public class AssessmentServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching("/internal/tasks/[0-9a-f-]+/assessment-count"))
                .atPriority(10)
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9._-]+"))
                .willReturn(json(200, "{\"count\": 0}")));
        return Map.of("quarkus.rest-client.assessment-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** assessment-service will say the task has this many assessments. */
    public static void assessmentsOf(UUID taskId, long count) {
        server.stubFor(get("/internal/tasks/" + taskId + "/assessment-count")
                .atPriority(1)
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9._-]+"))
                .willReturn(json(200, "{\"count\": " + count + "}")));
    }

    /** assessment-service will fail for this task. */
    public static void unavailableFor(UUID taskId) {
        server.stubFor(get("/internal/tasks/" + taskId + "/assessment-count")
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    /** How many times this service asked about the task, and each time with a bearer token. */
    public static int countRequestsFor(UUID taskId) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(
                                        "/internal/tasks/" + taskId + "/assessment-count"))
                        .withHeader("Authorization", matching("Bearer .+")))
                .size();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
