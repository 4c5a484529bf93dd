package ai.smartsuccess.skillslab.notification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The webhook dispatcher's queries, plain SQL on the reactive pool: a round takes due deliveries with
 * {@code for update skip locked} and hides them for a lease, so that instances never attempt one delivery at once, and
 * runs no Hibernate session across the HTTP calls.
 */
@ApplicationScoped
public class WebhookDispatchRepository {

    private static final String RETURNING =
            " returning d.id, d.webhook_id, d.event_type, d.body, d.attempts, w.url, w.owner_id, w.secret_cipher";

    private static final String TAKE_DUE = """
            update notification.webhook_deliveries d set next_attempt_at = now() + make_interval(secs => $2)
            from notification.webhooks w
            where w.id = d.webhook_id and d.id in (
                select id from notification.webhook_deliveries
                where status = 'pending' and next_attempt_at <= now()
                order by next_attempt_at limit $1 for update skip locked)""" + RETURNING;

    private static final String TAKE_ONE = """
            update notification.webhook_deliveries d set next_attempt_at = now() + make_interval(secs => $2)
            from notification.webhooks w
            where w.id = d.webhook_id and d.id = $1 and d.status = 'pending' and d.attempts = 0""" + RETURNING;

    private static final String INSERT_ATTEMPT = """
            insert into notification.webhook_attempts
                (id, delivery_id, attempt, attempted_at, status_code, succeeded, error, response_excerpt, duration_ms)
            values ($1, $2, $3, now(), $4, $5, $6, $7, $8)
            on conflict (delivery_id, attempt) do nothing""";

    /**
     * Only the attempt that was taken is recorded: a delivery another instance finished meanwhile is left alone. $6: the
     * delivery stays pending (its body is kept for the next attempt).
     */
    private static final String UPDATE_DELIVERY = """
            update notification.webhook_deliveries set
                attempts = $2,
                status = $3,
                last_status_code = $4,
                next_attempt_at = case when $6 then now() + make_interval(secs => $5) else null end,
                completed_at = case when $6 then null else now() end,
                body = case when $6 then body else null end
            where id = $1 and status = 'pending' and attempts = $2 - 1""";

    private static final String PURGE = """
            delete from notification.webhook_deliveries
            where status <> 'pending' and completed_at < now() - make_interval(secs => $1)""";

    private final Pool pool;

    WebhookDispatchRepository(Pool pool) {
        this.pool = pool;
    }

    /** A delivery taken for an attempt, with what the attempt needs of its webhook. */
    public record Taken(
            UUID id,
            UUID webhookId,
            String eventType,
            String body,
            int attempts,
            String url,
            String ownerId,
            byte[] secretCipher) {}

    /** What an attempt found. */
    public record Outcome(
            int attempt,
            String status,
            Integer statusCode,
            boolean succeeded,
            String error,
            String responseExcerpt,
            int durationMs,
            Duration retryIn) {}

    /** Due deliveries, oldest first, hidden from other rounds for {@code lease}. */
    public Uni<List<Taken>> takeDue(int limit, Duration lease) {
        return pool.preparedQuery(TAKE_DUE)
                .execute(Tuple.of(limit, (double) lease.toSeconds()))
                .map(WebhookDispatchRepository::taken);
    }

    /** A delivery not attempted yet, taken the same way; empty when it was attempted already. */
    public Uni<List<Taken>> take(UUID deliveryId, Duration lease) {
        return pool.preparedQuery(TAKE_ONE)
                .execute(Tuple.of(deliveryId, (double) lease.toSeconds()))
                .map(WebhookDispatchRepository::taken);
    }

    public Uni<Void> record(UUID deliveryId, Outcome outcome) {
        double retrySeconds = outcome.retryIn() == null ? 0 : outcome.retryIn().toMillis() / 1000.0;
        return pool.withTransaction(connection -> connection
                .preparedQuery(UPDATE_DELIVERY)
                .execute(Tuple.from(new Object[] {
                    deliveryId,
                    outcome.attempt(),
                    outcome.status(),
                    outcome.statusCode(),
                    retrySeconds,
                    "pending".equals(outcome.status())
                }))
                .flatMap(updated -> updated.rowCount() == 0
                        ? Uni.createFrom().voidItem()
                        : connection
                                .preparedQuery(INSERT_ATTEMPT)
                                .execute(Tuple.from(new Object[] {
                                    UUID.randomUUID(),
                                    deliveryId,
                                    outcome.attempt(),
                                    outcome.statusCode(),
                                    outcome.succeeded(),
                                    outcome.error(),
                                    outcome.responseExcerpt(),
                                    outcome.durationMs()
                                }))
                                .replaceWithVoid()));
    }

    /** Deletes finished deliveries (and their attempts) older than {@code retention}; returns how many. */
    public Uni<Integer> purgeFinishedBefore(Duration retention) {
        return pool.preparedQuery(PURGE)
                .execute(Tuple.of((double) retention.toSeconds()))
                .map(RowSet::rowCount);
    }

    private static List<Taken> taken(RowSet<Row> rows) {
        List<Taken> taken = new ArrayList<>(rows.size());
        for (Row row : rows) {
            taken.add(new Taken(
                    row.getUUID("id"),
                    row.getUUID("webhook_id"),
                    row.getString("event_type"),
                    row.getString("body"),
                    row.getInteger("attempts"),
                    row.getString("url"),
                    row.getString("owner_id"),
                    row.getBuffer("secret_cipher").getBytes()));
        }
        return taken;
    }
}
