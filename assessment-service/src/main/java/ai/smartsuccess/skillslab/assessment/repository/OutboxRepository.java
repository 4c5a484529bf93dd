package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    /** Oldest unsent rows, locked; rows another relay holds are skipped rather than waited for. */
    public Uni<List<OutboxMessage>> lockUnsent(int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select * from assessment.outbox where sent_at is null order by id limit :limit"
                                        + " for update skip locked",
                                OutboxMessage.class)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /** Must run inside the transaction that wrote the row. */
    public Uni<Void> recordTraceparent(UUID eventId, String traceparent) {
        return Panache.getSession()
                .flatMap(session -> session.flush()
                        .chain(() -> session.createNativeQuery(
                                        "insert into assessment.outbox_trace (event_id, traceparent) values (:eventId, :traceparent)")
                                .setParameter("traceparent", traceparent)
                                .setParameter("eventId", eventId)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** The traceparents of the given rows that have one, by row id. */
    public Uni<Map<Long, String>> traceparents(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // One text column per row ("<id> <traceparent>"): a scalar result needs no row mapping.
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select cast(o.id as text) || ' ' || t.traceparent from assessment.outbox o"
                                        + " join assessment.outbox_trace t on t.event_id = o.event_id"
                                        + " where o.id in (:ids)",
                                String.class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> row.split(" ", 2))
                        .collect(Collectors.toMap(row -> Long.valueOf(row[0]), row -> row[1])));
    }

    /**
     * Deletes up to {@code limit} rows published longer ago than {@code retention} (their traceparents go with them);
     * rows another instance is deleting are skipped. Answers how many.
     */
    public Uni<Integer> deleteSentBefore(Duration retention, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("delete from assessment.outbox where id in ("
                                + "select id from assessment.outbox where sent_at < :before order by id limit :limit"
                                + " for update skip locked)")
                        .setParameter(
                                "before", OffsetDateTime.now(ZoneOffset.UTC).minus(retention))
                        .setParameter("limit", limit)
                        .executeUpdate());
    }

    /**
     * Deletes the published rows whose event holds any of {@code needles} (lower case: a person's id, their addresses),
     * wherever in the payload; answers how many. Rows not yet published stay: their consumers still need them.
     */
    public Uni<Integer> deleteSentMentioning(List<String> needles) {
        if (needles.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // strpos rather than like: an address may hold the pattern characters % and _.
        String mentions = java.util.stream.IntStream.range(0, needles.size())
                .mapToObj(i -> "strpos(lower(payload::text), :n" + i + ") > 0")
                .collect(Collectors.joining(" or "));
        return Panache.getSession().flatMap(session -> {
            var delete = session.createNativeQuery(
                    "delete from assessment.outbox where sent_at is not null and (" + mentions + ")");
            for (int i = 0; i < needles.size(); i++) {
                delete.setParameter("n" + i, needles.get(i));
            }
            return delete.executeUpdate();
        });
    }

    public Uni<Long> countUnsent() {
        return count("sentAt is null");
    }
}
