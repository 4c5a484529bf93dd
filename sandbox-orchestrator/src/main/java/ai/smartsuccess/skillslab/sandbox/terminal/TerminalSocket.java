package ai.smartsuccess.skillslab.sandbox.terminal;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import ai.smartsuccess.skillslab.sandbox.service.Blocking;
import ai.smartsuccess.skillslab.sandbox.service.Caller;
import ai.smartsuccess.skillslab.sandbox.service.ConflictException;
import ai.smartsuccess.skillslab.sandbox.service.SessionAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The candidate's terminal: a real shell on a PTY in their session's sandbox, over a WebSocket. The upgrade needs a
 * valid token (the browser sends it as a subprotocol); the session must be the caller's and still running, otherwise
 * the socket closes at once with 4404 or 4409 and nothing of the session is shown.
 *
 * <p>Messages in: {@code {"type":"input","data"}}, {@code {"type":"resize","cols","rows"}}. Out:
 * {@code {"type":"output","data"}}, {@code {"type":"exit","code"}}.
 */
@WebSocket(path = "/ws/sandbox/{assessmentId}/terminal")
@Authenticated
public class TerminalSocket {

    private static final Logger LOG = Logger.getLogger(TerminalSocket.class);
    static final int CLOSE_NOT_FOUND = 4404;
    static final int CLOSE_ENDED = 4409;

    @Inject
    SessionAccess access;

    @Inject
    SandboxBackend backend;

    @Inject
    CommandRecorder recorder;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    private final Map<String, TerminalBridge> bridges = new ConcurrentHashMap<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "terminal-pump");
        thread.setDaemon(true);
        return thread;
    });

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection, @PathParam String assessmentId) {
        UUID id;
        try {
            id = UUID.fromString(assessmentId);
        } catch (IllegalArgumentException e) {
            return connection.close(new CloseReason(CLOSE_NOT_FOUND, "No such session."));
        }
        Caller caller = new Caller(subject(), identity.getRoles());
        return access.requireLive(caller, id)
                .flatMap(session -> Blocking.call(
                        () -> backend.openTerminal(id, TerminalSize.DEFAULT, session.deadline.toInstant())))
                .invoke(process -> {
                    TerminalBridge bridge = new TerminalBridge(id, process, connection, recorder, json);
                    bridges.put(connection.id(), bridge);
                    if (connection.isClosed()) {
                        bridges.remove(connection.id()).close();
                        return;
                    }
                    bridge.start(pumps);
                })
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(e -> {
                    boolean ended = e instanceof ConflictException;
                    if (!ended && !(e instanceof ai.smartsuccess.skillslab.sandbox.service.NotFoundException)) {
                        LOG.warnf("terminal of assessment %s not opened: %s", id, e.getMessage());
                    }
                    return connection.close(new CloseReason(
                            ended ? CLOSE_ENDED : CLOSE_NOT_FOUND,
                            ended ? "The session has ended." : "No such session."));
                });
    }

    @OnTextMessage
    public void message(WebSocketConnection connection, String text) {
        TerminalBridge bridge = bridges.get(connection.id());
        if (bridge == null) {
            return;
        }
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (java.io.IOException e) {
            return;
        }
        switch (message.path("type").asText()) {
            case "input" -> bridge.input(message.path("data").asText(null));
            case "resize" ->
                bridge.resize(
                        message.path("cols").asInt(80), message.path("rows").asInt(24));
            default -> {
                // Unknown message types are ignored, so older servers tolerate newer clients.
            }
        }
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        TerminalBridge bridge = bridges.remove(connection.id());
        if (bridge != null) {
            bridge.close();
        }
    }

    void shutdown(@Observes ShutdownEvent event) {
        bridges.values().forEach(TerminalBridge::close);
        pumps.shutdownNow();
    }

    private String subject() {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }
}
