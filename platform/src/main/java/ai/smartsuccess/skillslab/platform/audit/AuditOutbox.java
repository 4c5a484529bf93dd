package ai.smartsuccess.skillslab.platform.audit;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * A transactional outbox for audit entries, for a service that has no outbox of its own: {@link #add} writes the entry
 * into the service's {@code audit_outbox} table in the transaction of the action (so both commit or neither does), and
 * {@link #relay} publishes what is unsent, in order, marking each row once Kafka acknowledged it (at least once; the
 * gateway stores an entry once by its id). Not a bean: a service that uses it makes one with its ObjectMapper and its
 * {@code audit} channel, calls {@link #kick} after a commit that added an entry and {@link #tick} on a timer, and
 * creates the table (the same migration everywhere: see task-service's {@code V8__audit_outbox.sql}).
 */
public final class AuditOutbox {

    private static final Logger LOG = Logger.getLogger(AuditOutbox.class);

    private static final int BATCH = 50;
    private static final int KEEP_SENT_DAYS = 7;

    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final Function<AuditRecorded, Uni<Void>> send;
    private final AtomicBoolean running = new AtomicBoolean();

    /** @param send publishes one entry to the {@code audit} topic, completing once Kafka acknowledged it */
    public AuditOutbox(ObjectMapper mapper, Vertx vertx, Function<AuditRecorded, Uni<Void>> send) {
        this.mapper = mapper;
        this.vertx = vertx;
        this.send = send;
    }

    /** Publishes soon (after the caller's commit), on a fresh context so that the caller's session is never shared. */
    public void kick() {
        OnContext.fresh(vertx, this::drain)
                .subscribe()
                .with(x -> {}, e -> LOG.warnf("audit entries not published yet: %s", e.getMessage()));
    }

    /** For the service's timer: publishes what is pending and forgets what was sent a week ago; never fails. */
    public Uni<Void> tick() {
        return drain().call(() -> forgetSent(KEEP_SENT_DAYS))
                .onFailure()
                .invoke(e -> LOG.warnf("audit entries not published yet: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Publishes until nothing is left or Kafka stops acknowledging; a pass under way is left to finish. */
    public Uni<Void> drain() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return drainBatches().eventually(() -> running.set(false));
    }

    private Uni<Void> drainBatches() {
        return relay(BATCH, send)
                .flatMap(sent ->
                        sent == BATCH ? drainBatches() : Uni.createFrom().voidItem());
    }

    /** Must run inside the transaction of the action. */
    public Uni<Void> add(AuditRecorded entry) {
        String payload;
        try {
            payload = mapper.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("audit entry is not JSON", e));
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                INSERT INTO {h-schema}audit_outbox (event_id, message_key, payload, created_at)
                                VALUES (?1, ?2, cast(cast(?3 as text) as jsonb), ?4)""")
                        .setParameter(1, entry.eventId())
                        .setParameter(2, entry.key())
                        .setParameter(3, payload)
                        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Publishes up to {@code max} unsent entries, oldest first, stopping at the first that Kafka does not acknowledge;
     * answers how many went. {@code send} completes once Kafka acknowledged.
     */
    Uni<Integer> relay(int max, Function<AuditRecorded, Uni<Void>> send) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                SELECT event_id, cast(payload as text) FROM {h-schema}audit_outbox WHERE sent_at IS NULL
                                ORDER BY created_at, event_id LIMIT ?1 FOR UPDATE SKIP LOCKED""", Object[].class)
                        .setParameter(1, max)
                        .getResultList())
                .flatMap(rows -> publishInOrder(rows, send)));
    }

    /** Forgets rows sent longer ago than {@code days} (the gateway keeps the trail; this is only the way out). */
    Uni<Integer> forgetSent(int days) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "DELETE FROM {h-schema}audit_outbox WHERE sent_at < now() - make_interval(days => ?1)")
                        .setParameter(1, days)
                        .executeUpdate()));
    }

    private Uni<Integer> publishInOrder(List<Object[]> rows, Function<AuditRecorded, Uni<Void>> send) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (Object[] row : rows) {
            UUID eventId = (UUID) row[0];
            chain = chain.flatMap(done -> done < 0
                    ? Uni.createFrom().item(done)
                    : publish(eventId, (String) row[1], send).map(ok -> ok ? done + 1 : -1));
        }
        return chain.map(done -> Math.max(done, 0));
    }

    private Uni<Boolean> publish(UUID eventId, String payload, Function<AuditRecorded, Uni<Void>> send) {
        AuditRecorded entry;
        try {
            entry = mapper.readValue(payload, AuditRecorded.class);
        } catch (JsonProcessingException e) {
            // Never publishable: skipped (and logged at every pass) rather than holding up the entries after it.
            LOG.errorf("audit entry %s in the outbox cannot be read: %s", eventId, e.getMessage());
            return Uni.createFrom().item(true);
        }
        return Uni.createFrom()
                .deferred(() -> send.apply(entry))
                .emitOn(OnContext.current())
                .flatMap(ignored -> Panache.getSession()
                        .flatMap(session -> session.createNativeQuery(
                                        "UPDATE {h-schema}audit_outbox SET sent_at = now(), attempts = attempts + 1"
                                                + " WHERE event_id = ?1")
                                .setParameter(1, eventId)
                                .executeUpdate()))
                .replaceWith(true)
                .onFailure()
                .recoverWithItem(e -> {
                    LOG.warnf("publishing audit entry %s failed: %s", eventId, e.getMessage());
                    return false;
                });
    }
}
