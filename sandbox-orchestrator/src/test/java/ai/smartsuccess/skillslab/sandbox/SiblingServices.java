package ai.smartsuccess.skillslab.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * task-service is not running during module tests: WireMock stands in at the REST-client boundary, serving task
 * bundles in task-service's wire format. (What the sandbox records for assessment-service goes through the real
 * Kafka.)
 */
public class SiblingServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        serveTasks(server);
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.task-service.url", url);
    }

    /** task-service's bundles of the {@link TestTasks}, and 404 for any other task. */
    static void serveTasks(WireMockServer server) {
        for (TestTasks.Task task : TestTasks.ALL) {
            server.stubFor(get("/internal/tasks/" + task.id() + "/bundle")
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(task.bundleJson())));
        }
        server.stubFor(get(urlPathMatching("/internal/tasks/.*/bundle"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
