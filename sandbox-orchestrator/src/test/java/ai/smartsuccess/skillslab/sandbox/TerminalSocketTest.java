package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The terminal over a real WebSocket, authenticated the way the browser does it (token in a subprotocol). */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class TerminalSocketTest {

    @TestHTTPResource("/")
    URI base;

    /** What a terminal client received: the raw JSON messages and how the socket closed. */
    static final class Received {
        final CopyOnWriteArrayList<String> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger closeCode = new AtomicInteger();

        String output() {
            StringBuilder all = new StringBuilder();
            messages.forEach(all::append);
            return all.toString();
        }
    }

    private WebSocketClientConnection connect(UUID id, String username, Received received) {
        return connect(base, id, username, received);
    }

    static WebSocketClientConnection connect(URI base, UUID id, String username, Received received) {
        // Exactly what the SPA sends: the token URI-encoded inside the second subprotocol.
        String carrier = "quarkus-http-upgrade#Authorization#Bearer " + accessToken(username);
        return BasicWebSocketConnector.create()
                .baseUri(base)
                .path("/ws/sandbox/" + id + "/terminal")
                .addSubprotocol("bearer-token-carrier")
                .addSubprotocol(carrier.replace("#", "%23").replace(" ", "%20"))
                .onTextMessage((connection, message) -> received.messages.add(message))
                .onClose((connection, reason) -> received.closeCode.set(reason.getCode()))
                .connectAndAwait();
    }

    static String input(String text) {
        return "{\"type\":\"input\",\"data\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r") + "\"}";
    }

    @Test
    void a_candidate_types_python3_main_py_and_sees_the_output_and_each_line_is_recorded() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        try {
            Received received = new Received();
            WebSocketClientConnection connection = connect(id, CANDIDATE, received);
            connection.sendTextAndAwait("{\"type\":\"resize\",\"cols\":120,\"rows\":40}");
            connection.sendTextAndAwait(input("python3 main.py\r"));
            await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("2 + 3 = 6"));
            connection.sendTextAndAwait(input("stty size; tty\r"));
            await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("40 120"));
            connection.sendTextAndAwait(input("exit 7\r"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> received.messages.stream().anyMatch(m -> m.contains("\"type\":\"exit\"")));
            assertThat(received.messages).anyMatch(m -> m.contains("\"code\":7"));

            ActivityTopic.awaitEvent(id, ActivityTopic.terminalCommand("python3 main.py"));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void another_user_cannot_reach_a_sessions_terminal() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        try {
            Received received = new Received();
            WebSocketClientConnection connection = connect(id, BUSINESS, received);
            try {
                connection.sendTextAndAwait(input("cat main.py\r"));
            } catch (RuntimeException closedAlready) {
                // The server may close the socket before the input is sent: the outcome checked below is the same.
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> received.closeCode.get() != 0);
            assertThat(received.closeCode.get()).isEqualTo(4404);
            assertThat(received.output()).doesNotContain("from calc import add");
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void a_terminal_needs_a_valid_token() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        try {
            assertThatThrownBy(() -> BasicWebSocketConnector.create()
                            .baseUri(base)
                            .path("/ws/sandbox/" + id + "/terminal")
                            .connectAndAwait())
                    .hasMessageContaining("401");
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void the_terminal_of_an_ended_session_closes_at_once() {
        UUID id = Sandboxes.provision(TestTasks.NO_HIDDEN, CANDIDATE);
        Sandboxes.finalizeSandbox(id).statusCode(200);
        Received received = new Received();
        connect(id, CANDIDATE, received);
        await().atMost(Duration.ofSeconds(60)).until(() -> received.closeCode.get() != 0);
        assertThat(received.closeCode.get()).isEqualTo(4409);
    }
}
