package ai.smartsuccess.skillslab.contracts.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The subscription plans and their default limits, defined once: the gateway (which owns an account's plan), task-service
 * (active tasks) and assessment-service (invitations per month) read them from here, each service able to override a
 * value by configuration ({@code skillslab.plans.limits.<plan>.*}).
 */
public enum Plan {
    FREE("free", new PlanLimits(1, 20, 1)),
    PREMIUM("premium", new PlanLimits(5, 200, 3)),
    BUSINESS("business", new PlanLimits(50, 2000, 25));

    private final String value;
    private final PlanLimits defaults;

    Plan(String value, PlanLimits defaults) {
        this.value = value;
        this.defaults = defaults;
    }

    /** The name on the wire, in the database and in configuration: {@code free}, {@code premium}, {@code business}. */
    public String value() {
        return value;
    }

    public PlanLimits defaultLimits() {
        return defaults;
    }

    public static Optional<Plan> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(plan -> plan.value.equals(wanted)).findFirst();
    }

    /** The names of every plan, for messages: {@code free, premium, business}. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Plan::value).toList());
    }
}
