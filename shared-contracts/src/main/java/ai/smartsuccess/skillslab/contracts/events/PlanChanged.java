package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A business account's subscription plan, as the gateway (which owns it) recorded it: changed by an operator, or the
 * plan a business account started on ({@code previousPlan} null). Services that enforce plan limits keep their own copy
 * of the latest plan per account, ordered by {@code changedAt}. Also the payload of the webhook-ready
 * {@code plan.changed} notification.
 *
 * @param userId the account's OIDC subject: the owner of tasks and the sender of invitations
 * @param plan {@code free}, {@code premium} or {@code business} (see {@code Plan})
 * @param previousPlan the plan before, or null when this announces the plan an account started on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanChanged(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String userId,
        String plan,
        String previousPlan,
        Instant changedAt)
        implements DomainEvent {

    public static final String TYPE = "PlanChanged";
    public static final int SCHEMA_VERSION = 1;

    public PlanChanged {
        type = TYPE;
    }

    public static PlanChanged of(UUID eventId, String userId, String plan, String previousPlan, Instant changedAt) {
        return new PlanChanged(eventId, TYPE, SCHEMA_VERSION, Instant.now(), userId, plan, previousPlan, changedAt);
    }

    @Override
    public String key() {
        return userId;
    }
}
