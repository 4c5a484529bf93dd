package ai.smartsuccess.skillslab.gateway.repository;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.gateway.model.AuditRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuditRecordRepository implements PanacheRepositoryBase<AuditRecord, UUID> {

    /** What an admin filters the trail by; null members do not filter. */
    public record Filter(
            String actorId,
            String action,
            String targetType,
            String targetId,
            OffsetDateTime from,
            OffsetDateTime to) {}

    private final ObjectMapper mapper;

    AuditRecordRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Stores an entry once: a redelivered event (same id) changes nothing. Runs in the caller's session, so an entry
     * the gateway writes for its own action commits with that action. Answers whether the entry was new.
     */
    public Uni<Boolean> append(AuditRecorded event) {
        String details;
        try {
            details = mapper.writeValueAsString(event.details());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("details are not JSON", e));
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                INSERT INTO {h-schema}audit_records (event_id, occurred_at, actor_id, actor_role, actor_service,
                                    action, target_type, target_id, outcome, client_address, user_agent, details)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(cast(?12 as text) as jsonb))
                                ON CONFLICT (event_id) DO NOTHING""")
                        .setParameter(1, event.eventId())
                        .setParameter(2, at(event.occurredAt()))
                        .setParameter(3, event.actorId())
                        .setParameter(4, event.actorRole())
                        .setParameter(5, event.actorService())
                        .setParameter(6, event.action())
                        .setParameter(7, event.targetType())
                        .setParameter(8, event.targetId())
                        .setParameter(9, event.outcome())
                        .setParameter(10, event.clientAddress())
                        .setParameter(11, event.userAgent())
                        .setParameter(12, details)
                        .executeUpdate())
                .map(rows -> rows > 0);
    }

    /** One page of matching entries, newest first, and how many match in all. */
    public Uni<List<AuditRecord>> search(Filter filter, int page, int size) {
        Query query = query(filter);
        return find(
                        query.where(),
                        Sort.descending("occurredAt").and("eventId", Sort.Direction.Descending),
                        query.params)
                .page(page, size)
                .list();
    }

    public Uni<Long> count(Filter filter) {
        Query query = query(filter);
        return count(query.where(), query.params);
    }

    /** When the newest sign-in event taken from Keycloak happened, if any was taken. */
    public Uni<Optional<OffsetDateTime>> lastFrom(String actorService) {
        return find("actorService = ?1", Sort.descending("occurredAt"), actorService)
                .firstResult()
                .map(found -> Optional.ofNullable(found).map(r -> r.occurredAt));
    }

    private static Query query(Filter filter) {
        Query query = new Query();
        query.add("actorId = :actorId", "actorId", filter.actorId());
        query.add("action = :action", "action", filter.action());
        query.add("targetType = :targetType", "targetType", filter.targetType());
        query.add("targetId = :targetId", "targetId", filter.targetId());
        query.add("occurredAt >= :from", "from", filter.from());
        query.add("occurredAt < :to", "to", filter.to());
        return query;
    }

    private static OffsetDateTime at(Instant instant) {
        return (instant == null ? Instant.now() : instant).atOffset(ZoneOffset.UTC);
    }

    private static final class Query {
        private final List<String> clauses = new ArrayList<>();
        private final Parameters params = new Parameters();

        void add(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.and(name, value);
            }
        }

        String where() {
            return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        }
    }
}
