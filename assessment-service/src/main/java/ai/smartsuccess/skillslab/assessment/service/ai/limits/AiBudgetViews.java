package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import java.time.OffsetDateTime;

/** What is left of the caller's AI limits, as the chat panel shows it. */
public final class AiBudgetViews {

    /**
     * @param assessment the tokens of this assessment (input and answers, reservations of answers on their way included)
     * @param daily the caller's tokens today across all assessments; renews at {@code resetsAt} (00:00 UTC)
     * @param requestsPerMinute requests left in the current minute; a new minute starts at {@code resetsAt}
     */
    public record BudgetStatus(TokenBudget assessment, DailyBudget daily, RequestRate requestsPerMinute) {}

    public record TokenBudget(long used, long limit, long remaining) {}

    public record DailyBudget(long used, long limit, long remaining, OffsetDateTime resetsAt) {}

    public record RequestRate(int limit, long remaining, OffsetDateTime resetsAt) {}

    private AiBudgetViews() {}
}
