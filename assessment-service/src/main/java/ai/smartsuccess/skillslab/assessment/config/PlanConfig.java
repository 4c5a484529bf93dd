package ai.smartsuccess.skillslab.assessment.config;

import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.contracts.plans.PlanLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Subscription plans: the plan of a business account no PlanChanged was seen for, and limits that differ from the
 * defaults of {@link Plan}. The gateway and task-service read the same keys; set them alike in all three.
 */
@ConfigMapping(prefix = "skillslab.plans")
public interface PlanConfig {

    /** The plan of an account the gateway has not announced a plan for (the gateway's own starting plan). */
    @WithDefault("business")
    String defaultPlan();

    /** Per plan name ({@code free}, {@code premium}, {@code business}), the limits to use instead of the defaults. */
    Map<String, LimitOverrides> limits();

    interface LimitOverrides {
        OptionalInt activeTasks();

        OptionalInt invitationsPerMonth();

        OptionalInt seats();
    }

    default Plan fallbackPlan() {
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
