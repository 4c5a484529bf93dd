package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetViews.BudgetStatus;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetViews.DailyBudget;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetViews.RequestRate;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetViews.TokenBudget;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Reads what is left of the AI limits from the same Redis counters that {@link AiBudget} and {@link AiRateLimiter}
 * charge, without charging or counting anything.
 */
@ApplicationScoped
public class AiBudgetOverview {

    private final AssessmentRepository assessments;
    private final AiBudget budget;
    private final AiRateLimiter limiter;

    AiBudgetOverview(AssessmentRepository assessments, AiBudget budget, AiRateLimiter limiter) {
        this.assessments = assessments;
        this.budget = budget;
        this.limiter = limiter;
    }

    /** The limits of one of the caller's assessments; someone else's is not found. */
    public Uni<BudgetStatus> status(Caller caller, String assessmentId) {
        UUID id = parse(assessmentId);
        Executor here = OnContext.current();
        String user = caller.subject();
        return Panache.withSession(() -> assessments.findById(id))
                .map(a -> ownedBy(user, id, a))
                .flatMap(a -> Uni.combine()
                        .all()
                        .unis(budget.charged(user, id), budget.chargedToday(user), limiter.peek(user))
                        .asTuple()
                        .emitOn(here))
                .map(counts -> {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    AiBudget.Limits limits = budget.limits();
                    long used = counts.getItem1();
                    long today = counts.getItem2();
                    var minute = counts.getItem3();
                    return new BudgetStatus(
                            new TokenBudget(used, limits.perAssessment(), Math.max(0, limits.perAssessment() - used)),
                            new DailyBudget(
                                    today,
                                    limits.perUserDaily(),
                                    Math.max(0, limits.perUserDaily() - today),
                                    AiBudget.dailyResetAfter(now)),
                            new RequestRate(
                                    minute.limit(),
                                    minute.remaining(),
                                    now.plusSeconds(minute.retryAfterSeconds()).withNano(0)));
                });
    }

    private static UUID parse(String assessmentId) {
        if (assessmentId == null || assessmentId.isBlank()) {
            throw new InvalidInputException("assessmentId", "is required");
        }
        try {
            return UUID.fromString(assessmentId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("assessmentId", "must be an id");
        }
    }

    private static Assessment ownedBy(String user, UUID id, Assessment a) {
        if (a == null || !a.isOwnedBy(user)) {
            throw new NotFoundException("Assessment " + id + " was not found");
        }
        return a;
    }
}
