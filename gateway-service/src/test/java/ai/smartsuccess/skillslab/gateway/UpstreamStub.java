package ai.smartsuccess.skillslab.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the services behind the gateway (they are separate processes, not running during module tests): every
 * route points at one WireMock server, except the notification service, which points at a closed port to show what a
 * client sees when a service is down.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "skillslab.routes.task-service", url,
                "skillslab.routes.assessment-service", url,
                "skillslab.routes.sandbox-orchestrator", url,
                "skillslab.routes.scoring-service", url,
                "skillslab.routes.notification-service", "http://localhost:1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
