package ai.smartsuccess.skillslab.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.notification.live.LiveFeed;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New notifications pushed over a real WebSocket, authenticated the way the browser does it (token in a subprotocol). */
@QuarkusTest
class NotificationSocketTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    LiveFeed feed;

    KafkaEvents events;

    /** Events to the service's consumers, once they own their partitions (only the tests that need Kafka wait). */
    private KafkaEvents events() {
        if (events == null) {
            KafkaEvents.awaitAssigned(kafkaClients, List.of("invitations"));
            events = new KafkaEvents(json);
        }
        return events;
    }

    @AfterEach
    void close() {
        if (events != null) {
            events.close();
            events = null;
        }
    }

    /** What a socket received, parsed. */
    final class Received {
        final CopyOnWriteArrayList<JsonNode> messages = new CopyOnWriteArrayList<>();

        void add(String text) {
            try {
                messages.add(json.readTree(text));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        boolean has(String type, String bodyContains) {
            return messages.stream()
                    .anyMatch(m -> m.path("type").asText().equals(type)
                            && m.path("notification").path("body").asText().contains(bodyContains));
        }

        long lastUnread() {
            return messages.get(messages.size() - 1).path("unread").asLong(-1);
        }
    }

    private WebSocketClientConnection open(String token, Received received) {
        String carrier = "quarkus-http-upgrade#Authorization#Bearer " + token;
        return BasicWebSocketConnector.create()
                .baseUri(base)
                .path("/ws/notifications")
                .addSubprotocol("bearer-token-carrier")
                .addSubprotocol(carrier.replace("#", "%23").replace(" ", "%20"))
                .onTextMessage((connection, message) -> received.add(message))
                .connectAndAwait();
    }

    @Test
    void a_new_notification_reaches_its_owners_socket_and_no_one_elses() {
        try (TempUser owner = TempUsers.business("socket-owner", "Live GmbH");
                TempUser other = TempUsers.business("socket-other", "Elsewhere AG")) {
            Received mine = new Received();
            Received theirs = new Received();
            WebSocketClientConnection mineSocket = open(owner.token(), mine);
            WebSocketClientConnection theirSocket = open(other.token(), theirs);
            try {
                // On connecting: the unread count.
                await().atMost(WAIT).until(() -> !mine.messages.isEmpty() && !theirs.messages.isEmpty());
                assertThat(mine.messages.get(0).path("type").asText()).isEqualTo("unread");
                assertThat(mine.messages.get(0).path("unread").asLong()).isZero();
                await().atMost(WAIT).until(() -> feed.connected(owner.id()) && feed.connected(other.id()));

                BusinessEvents way = new BusinessEvents(owner.id(), "Sam Socket");
                events().send("test.invitations", way.invited());
                events().send("test.invitations", way.accepted());
                await().atMost(WAIT).until(() -> mine.has("notification", "Sam Socket accepted your invitation"));
                JsonNode pushed = mine.messages.stream()
                        .filter(m -> m.path("type").asText().equals("notification"))
                        .findFirst()
                        .orElseThrow();
                assertThat(pushed.path("unread").asLong()).isEqualTo(1);
                assertThat(pushed.path("notification").path("kind").asText()).isEqualTo("invitation.accepted");
                assertThat(pushed.path("notification").path("link").asText()).isEqualTo("/business/invitations");
                String id = pushed.path("notification").path("id").asText();

                // The other business's own notice, announced after: once it arrived, the first would have too.
                BusinessEvents theirWay = new BusinessEvents(other.id(), "Olga Other");
                events().send("test.invitations", theirWay.invited());
                events().send("test.invitations", theirWay.accepted());
                await().atMost(WAIT).until(() -> theirs.has("notification", "Olga Other"));
                assertThat(theirs.messages).noneMatch(m -> m.toString().contains("Sam Socket"));
                assertThat(mine.messages).noneMatch(m -> m.toString().contains("Olga Other"));

                // Read in another tab: the count follows.
                given().auth()
                        .oauth2(owner.token())
                        .post("/api/notifications/" + id + "/read")
                        .then()
                        .statusCode(200);
                await().atMost(WAIT)
                        .until(() -> mine.messages
                                        .get(mine.messages.size() - 1)
                                        .path("type")
                                        .asText()
                                        .equals("unread")
                                && mine.lastUnread() == 0);
            } finally {
                mineSocket.closeAndAwait();
                theirSocket.closeAndAwait();
            }
            await().atMost(WAIT).until(() -> !feed.connected(owner.id()));
        }
    }

    @Test
    void the_socket_needs_a_valid_token() {
        assertThatThrownBy(() -> BasicWebSocketConnector.create()
                        .baseUri(base)
                        .path("/ws/notifications")
                        .connectAndAwait())
                .hasMessageContaining("401");
        String carrier = "quarkus-http-upgrade#Authorization#Bearer not-a-token";
        assertThatThrownBy(() -> BasicWebSocketConnector.create()
                        .baseUri(base)
                        .path("/ws/notifications")
                        .addSubprotocol("bearer-token-carrier")
                        .addSubprotocol(carrier.replace("#", "%23").replace(" ", "%20"))
                        .connectAndAwait())
                .hasMessageContaining("401");
    }
}
