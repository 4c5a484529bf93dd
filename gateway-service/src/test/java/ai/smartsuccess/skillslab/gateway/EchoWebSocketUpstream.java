package ai.smartsuccess.skillslab.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket service behind the gateway that echoes each text frame, prefixed with the subprotocol header it received
 * (the browser's way of carrying its token), so a test can see both pass through the proxy.
 */
public class EchoWebSocketUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer(
                            new HttpServerOptions().setWebSocketSubProtocols(List.of("bearer-token-carrier")))
                    .webSocketHandler(this::echo)
                    .listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String url = "http://localhost:" + server.actualPort();
        return Map.of(
                "skillslab.routes.task-service", url,
                "skillslab.routes.assessment-service", url,
                "skillslab.routes.sandbox-orchestrator", url,
                "skillslab.routes.scoring-service", url,
                "skillslab.routes.notification-service", url);
    }

    private void echo(ServerWebSocket socket) {
        String protocols = socket.headers().get("Sec-WebSocket-Protocol");
        socket.textMessageHandler(text -> socket.writeTextMessage(socket.path() + "|" + protocols + "|" + text));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
