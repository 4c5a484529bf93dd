package ai.smartsuccess.skillslab.sandbox.terminal;

import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.service.Blocking;
import ai.smartsuccess.skillslab.sandbox.service.LimitExceededException;
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
import java.util.Set;
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
 *
 * <p>At most {@code terminals-per-session} terminals of a session are open at once on this instance; one more closes at
 * once with 4429 and a reason the candidate can read.
 */
@WebSocket(path = "/ws/sandbox/{assessmentId}/terminal")
@Authenticated
public class TerminalSocket {

    private static final Logger LOG = Logger.getLogger(TerminalSocket.class);
    static final int CLOSE_NOT_FOUND = 4404;
    static final int CLOSE_ENDED = 4409;
    static final int CLOSE_LIMIT = 4429;

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

    SandboxConfig.Admission admission;

    @Inject
    void limits(SandboxConfig config) {
        this.admission = config.sandbox().admission();
    }

    private final Map<String, TerminalBridge> bridges = new ConcurrentHashMap<>();
    /** The connections holding a terminal of each session, counted from the check on. */
    private final Map<UUID, Set<String>> terminals = new ConcurrentHashMap<>();

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
                .invoke(session -> reserve(id, connection))
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
                    release(id, connection.id());
                    if (e instanceof LimitExceededException limit) {
                        return connection.close(new CloseReason(CLOSE_LIMIT, limit.getMessage()));
                    }
                    boolean ended = e instanceof ConflictException;
                    if (!ended && !(e instanceof ai.smartsuccess.skillslab.platform.error.NotFoundException)) {
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
        try {
            release(UUID.fromString(connection.pathParam("assessmentId")), connection.id());
        } catch (IllegalArgumentException | NullPointerException notASession) {
            // closed before it was one
        }
    }

    /** Counts the connection's terminal against its session's limit, or refuses it. */
    private void reserve(UUID id, WebSocketConnection connection) {
        int max = admission.terminalsPerSession();
        boolean[] admitted = {false};
        terminals.compute(id, (key, open) -> {
            Set<String> set = open != null ? open : ConcurrentHashMap.newKeySet();
            if (set.size() < max) {
                set.add(connection.id());
                admitted[0] = true;
            }
            return set.isEmpty() ? null : set;
        });
        if (!admitted[0]) {
            // A close reason holds at most 123 bytes.
            throw new LimitExceededException(
                    LimitExceededException.Scope.SESSION,
                    "too-many-terminals",
                    max,
                    admission.retryAfter(),
                    max + " terminals are already open for this sandbox, the most at once. Close one first.");
        }
        if (connection.isClosed()) {
            release(id, connection.id());
        }
    }

    private void release(UUID id, String connectionId) {
        terminals.computeIfPresent(id, (key, open) -> {
            open.remove(connectionId);
            return open.isEmpty() ? null : open;
        });
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
