package ai.smartsuccess.skillslab.plans;

import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.platform.plans.PlanSettings;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * This service's copy of each business account's plan, from the gateway's PlanChanged events. Only the latest change
 * counts, so a redelivered or late event changes nothing; an account without one is on the configured default plan.
 */
@ApplicationScoped
public class OwnerPlans {

    private final OwnerPlanRepository plans;
    private final PlanSettings config;

    OwnerPlans(OwnerPlanRepository plans, PlanSettings config) {
        this.plans = plans;
        this.config = config;
    }

    /** Records the change unless a later one is known already; answers whether it took effect. */
    @WithTransaction
    public Uni<Boolean> record(PlanChanged event) {
        Plan plan = Plan.of(event.plan())
                .orElseThrow(() -> new IllegalArgumentException("PlanChanged with an unknown plan: " + event.plan()));
        if (event.userId() == null || event.userId().isBlank() || event.changedAt() == null) {
            throw new IllegalArgumentException("PlanChanged without userId or changedAt");
        }
        // As stored (microseconds), so that the same change read again compares equal.
        OffsetDateTime changedAt =
                event.changedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return plans.findById(event.userId()).flatMap(known -> {
            if (known != null && !known.changedAt.isBefore(changedAt)) {
                return Uni.createFrom().item(false);
            }
            OwnerPlan row = known != null ? known : new OwnerPlan();
            row.ownerId = event.userId();
            row.plan = plan.value();
            row.changedAt = changedAt;
            row.eventId = event.eventId();
            row.recordedAt = OffsetDateTime.now();
            return (known != null ? Uni.createFrom().item(row) : plans.persist(row)).replaceWith(true);
        });
    }

    /** Must run within a session. */
    public Uni<Plan> of(String ownerId) {
        return plans.findById(ownerId)
                .map(row ->
                        row == null ? config.startingPlan() : Plan.of(row.plan).orElse(config.startingPlan()));
    }
}
