package ai.smartsuccess.skillslab.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The terminal's WebSocket reaches the sandbox through the gateway, subprotocols (the browser's token) included. */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class WebSocketProxyTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void terminal_frames_pass_through_both_ways() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<String> reply = new CompletableFuture<>();
            WebSocket socket = vertx.createWebSocketClient()
                    .connect(new WebSocketConnectOptions()
                            .setHost(gateway.getHost())
                            .setPort(gateway.getPort())
                            .setURI("/ws/sandbox/a-1/terminal")
                            .setSubProtocols(List.of(
                                    "bearer-token-carrier", "quarkus-http-upgrade%23Authorization%23Bearer%20t")))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            socket.textMessageHandler(reply::complete);
            socket.writeTextMessage("{\"type\":\"input\",\"data\":\"ls\\r\"}");
            assertThat(reply.get(30, TimeUnit.SECONDS))
                    .startsWith("/ws/sandbox/a-1/terminal|bearer-token-carrier")
                    .endsWith("|{\"type\":\"input\",\"data\":\"ls\\r\"}");
            socket.close();
        } finally {
            vertx.close();
        }
    }
}
