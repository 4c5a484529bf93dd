package ai.smartsuccess.skillslab.gateway.config;

import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.contracts.plans.PlanLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Subscription plans: the plan a business account starts on, and limits that differ from the defaults of
 * {@link Plan}. task-service and assessment-service read the same keys; set them alike in all three.
 */
@ConfigMapping(prefix = "skillslab.plans")
public interface PlanConfig {

    /** The plan of a new business account (individual accounts are on {@code free}). */
    @WithDefault("business")
    String defaultPlan();

    /** How often plan changes Kafka has not acknowledged yet are published again (read by PlanAnnouncer's schedule). */
    @WithDefault("10s")
    String announceEvery();

    /** Per plan name ({@code free}, {@code premium}, {@code business}), the limits to use instead of the defaults. */
    Map<String, LimitOverrides> limits();

    interface LimitOverrides {
        OptionalInt activeTasks();

        OptionalInt invitationsPerMonth();

        OptionalInt seats();
    }

    default Plan startingPlan() {
        return Plan.of(defaultPlan())
                .orElseThrow(() -> new IllegalStateException(
                        "skillslab.plans.default-plan must be one of " + Plan.names() + ", not " + defaultPlan()));
    }

    default PlanLimits limitsOf(Plan plan) {
        LimitOverrides overrides = limits().get(plan.value());
        return overrides == null
                ? plan.defaultLimits()
                : plan.defaultLimits()
                        .withOverrides(overrides.activeTasks(), overrides.invitationsPerMonth(), overrides.seats());
    }
}
