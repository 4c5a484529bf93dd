package ai.smartsuccess.skillslab.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the services behind the gateway (they are separate processes, not running during module tests): every
 * HTTP route points at one WireMock server; the sandbox orchestrator (whose only route exercised here is the terminal's
 * WebSocket) at an echoing WebSocket server, while its REST client (the files of the personal export) goes to
 * WireMock; the notification service at a closed port to show what a client sees when a service is down. One resource
 * for every test class, so Quarkus starts once.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;
    private EchoWebSocketUpstream webSockets;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        webSockets = new EchoWebSocketUpstream();
        return Map.of(
                "skillslab.routes.task-service", url,
                "skillslab.routes.assessment-service", url,
                "skillslab.routes.sandbox-orchestrator", webSockets.url(),
                "quarkus.rest-client.sandbox-orchestrator.url", url,
                "skillslab.routes.scoring-service", url,
                "skillslab.routes.notification-service", "http://localhost:1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (webSockets != null) {
            webSockets.close();
        }
    }
}
