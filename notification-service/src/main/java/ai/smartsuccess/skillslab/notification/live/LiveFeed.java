package ai.smartsuccess.skillslab.notification.live;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.repository.InboxRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Pushes changes of someone's notifications to the sockets this instance holds for them. Changes are announced through
 * PostgreSQL NOTIFY when their transaction commits (by whichever instance made them, a Kafka consumer or a request);
 * every instance LISTENs, so a person's tabs are told wherever they are connected. A lost connection is re-established;
 * what was announced meanwhile is not replayed (the web app reloads the list when its socket reconnects).
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final Vertx vertx;
    private final NotificationConfig.Live config;
    /** Open sockets by user, then by connection id. */
    private final Map<String, Map<String, WebSocketConnection>> sockets = new ConcurrentHashMap<>();
    /** Whose each open socket is, by connection id. */
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    private PgSubscriber subscriber;
    private volatile boolean stopped;

    LiveFeed(Vertx vertx, NotificationConfig config) {
        this.vertx = vertx;
        this.config = config.live();
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(jdbcless(config.databaseUrl()))
                .setUser(config.databaseUsername())
                .setPassword(config.databasePassword());
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 2000L);
        subscriber.channel(InboxRepository.CHANNEL).handler(this::announced);
        subscriber.closeHandler(() -> LOG.warn("the live notification listener lost its database connection"));
        connect();
    }

    /** The first connection is retried until it succeeds; a lost one is re-established by the reconnect policy. */
    private void connect() {
        subscriber.connect().subscribe().with(connected -> LOG.debug("listening for live notifications"), e -> {
            LOG.warnf("live notifications are not listened for yet, retrying: %s", e.toString());
            if (!stopped) {
                vertx.setTimer(5000, ignored -> connect());
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    public void register(String userId, WebSocketConnection connection) {
        owners.put(connection.id(), userId);
        sockets.computeIfAbsent(userId, ignored -> new ConcurrentHashMap<>()).put(connection.id(), connection);
    }

    public void unregister(WebSocketConnection connection) {
        String userId = owners.remove(connection.id());
        if (userId == null) {
            return;
        }
        sockets.computeIfPresent(userId, (ignored, open) -> {
            open.remove(connection.id());
            return open.isEmpty() ? null : open;
        });
    }

    /** Whether this instance holds a socket of the user (for the tests: the push waits for it). */
    public boolean connected(String userId) {
        return sockets.containsKey(userId);
    }

    /** {@code <userId>\n<message JSON>}, as {@code InboxService} announces it. */
    void announced(String payload) {
        int newline = payload.indexOf('\n');
        if (newline <= 0) {
            return;
        }
        Map<String, WebSocketConnection> open = sockets.get(payload.substring(0, newline));
        if (open == null) {
            return;
        }
        String message = payload.substring(newline + 1);
        for (WebSocketConnection connection : Set.copyOf(open.values())) {
            if (connection.isOpen()) {
                connection
                        .sendText(message)
                        .subscribe()
                        .with(sent -> {}, e -> LOG.debugf("a live notification was not sent: %s", e.toString()));
            }
        }
    }

    /** The datasource's URL may be written either way ({@code postgresql://} or {@code vertx-reactive:postgresql://}). */
    private static String jdbcless(String url) {
        return url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
    }
}
