package ai.smartsuccess.skillslab.sandbox.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sandbox's activity outbox ({@code activity_sequences}, {@code activity_outbox}). Plain SQL on the reactive pool:
 * recordings come from worker threads (runs, terminal input) without a Hibernate session, and each must take its
 * sequence number and write its row in one transaction.
 */
@ApplicationScoped
public class ActivityOutboxRepository {

    /**
     * The next number of an unsealed session (1 for its first event); no row comes back for a sealed one. The row lock
     * taken here also keeps two recordings of one session from interleaving their numbers and rows.
     */
    private static final String NEXT_SEQUENCE = """
            insert into sandbox.activity_sequences as s (assessment_id, last_sequence) values ($1, 1)
            on conflict (assessment_id) do update set last_sequence = s.last_sequence + 1 where s.sealed_at is null
            returning last_sequence""";

    private static final String INSERT = """
            insert into sandbox.activity_outbox (event_id, assessment_id, sequence, kind, payload)
            values ($1, $2, $3, $4, $5)""";

    private static final String SEAL = """
            insert into sandbox.activity_sequences as s (assessment_id, last_sequence, sealed_at) values ($1, 0, now())
            on conflict (assessment_id) do update set sealed_at = coalesce(s.sealed_at, now())
            returning last_sequence""";

    private static final String LOCK_UNSENT = """
            select id, assessment_id, payload from sandbox.activity_outbox where sent_at is null
            order by id limit $1 for update skip locked""";

    private static final String DELETE_OF_ENDED = """
            delete from sandbox.activity_outbox where id in (
                select o.id from sandbox.activity_outbox o
                join sandbox.sandbox_sessions s on s.assessment_id = o.assessment_id
                where s.state = 'terminated' and s.terminated_at <= $1
                order by o.id limit $2 for update of o skip locked)""";

    private final Pool pool;

    ActivityOutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Takes the session's next sequence number and writes the event that {@code payload} builds for it, in one
     * transaction.
     *
     * @return the sequence number, or null when the session is sealed (nothing written)
     */
    public Uni<Long> append(UUID assessmentId, String kind, Function<Long, Outgoing> payload) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(NEXT_SEQUENCE)
                .execute(Tuple.of(assessmentId))
                .flatMap(rows -> {
                    Iterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Uni.createFrom().nullItem();
                    }
                    long sequence = it.next().getLong(0);
                    Outgoing event = payload.apply(sequence);
                    return connection
                            .preparedQuery(INSERT)
                            .execute(Tuple.of(event.eventId(), assessmentId, sequence, kind, event.payload()))
                            .replaceWith(sequence);
                }));
    }

    /** Nothing more is recorded for the session; returns its last sequence number (0 when it recorded nothing). */
    public Uni<Long> seal(UUID assessmentId) {
        return pool.preparedQuery(SEAL)
                .execute(Tuple.of(assessmentId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Hands the oldest unsent rows, locked (rows another relay holds are skipped, not waited for), to {@code publish},
     * and marks the ones it returns as sent, in one transaction.
     *
     * @return how many rows there were
     */
    public Uni<Integer> relayUnsent(int limit, Function<List<Unsent>, Uni<Published>> publish) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(LOCK_UNSENT)
                .execute(Tuple.of(limit))
                .flatMap(rows -> {
                    List<Unsent> unsent = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        unsent.add(new Unsent(
                                row.getLong("id"),
                                row.getUUID("assessment_id"),
                                row.getJsonObject("payload").encode()));
                    }
                    if (unsent.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return publish.apply(unsent)
                            .flatMap(published -> mark(connection, published))
                            .replaceWith(unsent.size());
                }));
    }

    private static Uni<Void> mark(SqlConnection connection, Published published) {
        Uni<RowSet<Row>> sent = published.sent().isEmpty()
                ? Uni.createFrom().nullItem()
                : connection
                        .preparedQuery("update sandbox.activity_outbox set sent_at = now(), attempts = attempts + 1"
                                + " where id = any($1)")
                        .execute(Tuple.of(published.sent().toArray(new Long[0])));
        return sent.flatMap(ignored -> published.failed().isEmpty()
                        ? Uni.createFrom().nullItem()
                        : connection
                                .preparedQuery("update sandbox.activity_outbox set attempts = attempts + 1,"
                                        + " last_error = $2 where id = any($1)")
                                .execute(Tuple.of(published.failed().toArray(new Long[0]), published.error())))
                .replaceWithVoid();
    }

    /** Deletes rows sent longer ago than {@code retention}; returns how many. */
    public Uni<Integer> deleteSentBefore(Duration retention) {
        return pool.preparedQuery(
                        "delete from sandbox.activity_outbox where sent_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .map(RowSet::rowCount);
    }

    /**
     * Deletes up to {@code limit} rows, sent or not, of sessions that ended (terminated) at or before {@code cutoff};
     * rows another instance holds are skipped. Returns how many.
     */
    public Uni<Integer> deleteOfSessionsEndedBefore(OffsetDateTime cutoff, int limit) {
        return pool.preparedQuery(DELETE_OF_ENDED)
                .execute(Tuple.of(cutoff, limit))
                .map(RowSet::rowCount);
    }

    /** An event ready for its row: its id and the event as JSON. */
    public record Outgoing(UUID eventId, JsonObject payload) {}

    /** An unsent row: the Kafka key and the event's JSON. */
    public record Unsent(long id, UUID assessmentId, String payload) {}

    /**
     * What a relay round achieved: rows acknowledged by the broker, rows that failed (kept for the next round) and why.
     */
    public record Published(List<Long> sent, List<Long> failed, String error) {}
}
