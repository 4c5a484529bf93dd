package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the audit trail: who did what to which target, with what outcome, when and from where. Written by the
 * service where the action happened, in the same transaction as the action (its outbox), and stored append-only by the
 * gateway, which is idempotent on {@code eventId}. Keyed by the target, so one target's entries stay in order.
 *
 * @param actorId the person's OIDC subject, or null when a service acted on its own ({@code actorService} then)
 * @param actorRole the person's realm role ({@code individual}, {@code business}, {@code admin}), else null
 * @param actorService the service that acted or recorded the action (e.g. {@code task-service})
 * @param action dotted, past tense: {@code task.published}, {@code invitation.sent}, {@code report.exported}, ...
 * @param targetType what was acted on: {@code task}, {@code invitation}, {@code assessment}, {@code account} ...
 * @param targetId the target's id, null when there is none
 * @param outcome {@code success}, {@code failure} or {@code denied}
 * @param clientAddress the client's address as the gateway determined it, null when not known
 * @param userAgent the client's {@code User-Agent}, abbreviated, null when not known
 * @param details small, non-secret facts about the action (a format, a previous plan); never personal free text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecorded(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String actorId,
        String actorRole,
        String actorService,
        String action,
        String targetType,
        String targetId,
        String outcome,
        String clientAddress,
        String userAgent,
        Map<String, String> details)
        implements DomainEvent {

    public static final String TYPE = "AuditRecorded";
    public static final int SCHEMA_VERSION = 1;

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final String DENIED = "denied";

    public AuditRecorded {
        type = TYPE;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The same entry with these details (an entry is built before the action, its details known after). */
    public AuditRecorded withDetails(Map<String, String> newDetails) {
        return new AuditRecorded(
                eventId,
                type,
                schemaVersion,
                occurredAt,
                actorId,
                actorRole,
                actorService,
                action,
                targetType,
                targetId,
                outcome,
                clientAddress,
                userAgent,
                newDetails);
    }

    /** The same entry under another id (an id derived from the source's own, so that a repeat is recognized). */
    public AuditRecorded withEventId(UUID newEventId) {
        return new AuditRecorded(
                newEventId,
                type,
                schemaVersion,
                occurredAt,
                actorId,
                actorRole,
                actorService,
                action,
                targetType,
                targetId,
                outcome,
                clientAddress,
                userAgent,
                details);
    }

    @Override
    public String key() {
        return targetType + ":" + (targetId == null ? "" : targetId);
    }
}
