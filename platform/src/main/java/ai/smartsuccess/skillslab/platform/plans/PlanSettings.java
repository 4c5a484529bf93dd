package ai.smartsuccess.skillslab.platform.plans;

import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.contracts.plans.PlanLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Subscription plans as configured: the plan of a business account no other is known for, and limits that differ from
 * the defaults of {@link Plan}. The gateway (starting plans, usage), task-service and assessment-service (limits) read
 * the same keys, so one setting serves all three.
 */
@ConfigMapping(prefix = "skillslab.plans")
public interface PlanSettings {

    /** The plan a new business account starts on, and the plan of an account no PlanChanged was seen for. */
    @WithDefault("business")
    String defaultPlan();

    /** How often the gateway publishes again the plan changes Kafka has not acknowledged yet (its schedule reads it). */
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
