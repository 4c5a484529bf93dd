package ai.smartsuccess.skillslab.notification.live;

import ai.smartsuccess.skillslab.notification.service.InboxService;
import ai.smartsuccess.skillslab.notification.service.InboxViews.LiveMessage;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's notifications, live. The upgrade needs a valid token (browsers send it as a subprotocol, as for the
 * terminal); the socket then only ever carries the caller's own notifications. Messages out:
 * {@code {"type":"unread","unread":n}} on connecting and whenever the count changes elsewhere (read in another tab),
 * {@code {"type":"notification","notification":{...},"unread":n}} for each new one. Nothing is expected in.
 */
@WebSocket(path = "/ws/notifications")
@Authenticated
public class NotificationSocket {

    @Inject
    SecurityIdentity identity;

    @Inject
    LiveFeed feed;

    @Inject
    InboxService inbox;

    @Inject
    ObjectMapper json;

    @OnOpen
    public Uni<String> open(WebSocketConnection connection) {
        Caller caller = CurrentCaller.from(identity, (JsonWebToken) identity.getPrincipal());
        feed.register(caller.subject(), connection);
        return inbox.unread(caller).map(unread -> write(new LiveMessage("unread", null, unread)));
    }

    /** Clients may send pings of their own; anything sent is ignored. */
    @OnTextMessage
    public void message(String ignored) {}

    @OnClose
    public void close(WebSocketConnection connection) {
        feed.unregister(connection);
    }

    private String write(LiveMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live message could not be written", e);
        }
    }
}
