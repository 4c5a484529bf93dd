package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.gateway.model.AuditRecord;
import ai.smartsuccess.skillslab.gateway.repository.AuditRecordRepository;
import ai.smartsuccess.skillslab.gateway.repository.AuditRecordRepository.Filter;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit trail as the gateway keeps it: entries from every service (the {@code audit} topic), the gateway's own
 * (written in the transaction of the action) and Keycloak's sign-in events, stored once each and never changed; read by
 * admins with filters.
 */
@ApplicationScoped
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** One entry as an admin reads it. */
    public record AuditEntry(
            UUID eventId,
            OffsetDateTime occurredAt,
            OffsetDateTime recordedAt,

            @Schema(nullable = true, description = "the person's OIDC subject; null when a service acted")
            String actorId,

            @Schema(nullable = true) String actorRole,
            String actorService,
            String action,
            String targetType,
            @Schema(nullable = true) String targetId,
            String outcome,

            @Schema(nullable = true, description = "the client's address as the gateway determined it")
            String clientAddress,

            @Schema(nullable = true) String userAgent,
            Map<String, String> details) {}

    /** One page of entries, newest first. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {}

    /** The filters of {@code GET /api/admin/audit} as sent; checked by {@link #search}. */
    public record AuditQuery(
            String actor,
            String action,
            String targetType,
            String targetId,
            String from,
            String to,
            Integer page,
            Integer size) {}

    private final AuditRecordRepository records;

    AuditLog(AuditRecordRepository records) {
        this.records = records;
    }

    /** Stores an entry once; must run inside the transaction of the action it records (or of its own). */
    public Uni<Boolean> append(AuditRecorded entry) {
        validate(entry);
        return records.append(entry);
    }

    /** Stores an entry that arrived on the topic, in a transaction of its own. */
    public Uni<Boolean> store(AuditRecorded entry) {
        return Panache.withTransaction(() -> append(entry));
    }

    public Uni<AuditPage> search(AuditQuery query) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime from = time("from", query.from(), errors);
        OffsetDateTime to = time("to", query.to(), errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        String action = blankToNull(query.action());
        if (action != null && !ACTION.matcher(action).matches()) {
            errors.add(new FieldError("action", "must be a dotted action name such as task.published"));
        }
        String targetType = blankToNull(query.targetType());
        if (targetType != null && !WORD.matcher(targetType).matches()) {
            errors.add(new FieldError("targetType", "must be a target type such as task or account"));
        }
        String actor = blankToNull(query.actor());
        String targetId = blankToNull(query.targetId());
        if (actor != null && actor.length() > 255) {
            errors.add(new FieldError("actor", "must be at most 255 characters"));
        }
        if (targetId != null && targetId.length() > 255) {
            errors.add(new FieldError("targetId", "must be at most 255 characters"));
        }
        int page = query.page() == null ? 0 : query.page();
        int size = query.size() == null ? 50 : query.size();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The audit filters are invalid.", errors);
        }
        Filter filter = new Filter(actor, action, targetType, targetId, from, to);
        return Panache.withSession(() -> records.search(filter, page, size)
                .flatMap(found -> records.count(filter)
                        .map(total -> new AuditPage(
                                found.stream().map(AuditLog::toEntry).toList(), page, size, total))));
    }

    /** An entry the topic brought that cannot be stored as it is: the consumer sends it to the dead-letter topic. */
    static void validate(AuditRecorded entry) {
        if (entry.eventId() == null
                || entry.actorService() == null
                || entry.action() == null
                || !ACTION.matcher(entry.action()).matches()
                || entry.targetType() == null
                || !List.of(AuditRecorded.SUCCESS, AuditRecorded.FAILURE, AuditRecorded.DENIED)
                        .contains(entry.outcome())) {
            throw new IllegalArgumentException("not a storable audit entry: " + entry.eventId());
        }
    }

    private static OffsetDateTime time(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip()).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                errors.add(new FieldError(field, "must be an ISO-8601 time such as 2026-12-01T00:00:00Z"));
                return null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AuditEntry toEntry(AuditRecord record) {
        return new AuditEntry(
                record.eventId,
                record.occurredAt,
                record.recordedAt,
                record.actorId,
                record.actorRole,
                record.actorService,
                record.action,
                record.targetType,
                record.targetId,
                record.outcome,
                record.clientAddress,
                record.userAgent,
                record.details == null ? Map.of() : record.details);
    }
}
