package ai.smartsuccess.skillslab.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket service behind the gateway that echoes each text frame, prefixed with the path and the subprotocol
 * header it received (the browser's way of carrying its token), so a test can see both pass through the proxy.
 */
final class EchoWebSocketUpstream implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    EchoWebSocketUpstream() {
        try {
            server = vertx.createHttpServer(
                            new HttpServerOptions().setWebSocketSubProtocols(List.of("bearer-token-carrier")))
                    .webSocketHandler(EchoWebSocketUpstream::echo)
                    .requestHandler(
                            request -> request.response().setStatusCode(404).end())
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("echo WebSocket server did not start", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private static void echo(ServerWebSocket socket) {
        String protocols = socket.headers().get("Sec-WebSocket-Protocol");
        socket.textMessageHandler(text -> socket.writeTextMessage(socket.path() + "|" + protocols + "|" + text));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
