package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.plans.OwnerPlanRepository;
import ai.smartsuccess.skillslab.plans.OwnerPlans;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.plans.PlanSettings;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The plan limit this service enforces: invitations a business sends per calendar month (UTC). Every invitation created
 * counts, whatever became of it since (cancelled, expired); resending one does not. Admins are on no plan.
 */
@ApplicationScoped
public class PlanLimits {

    public static final String PROBLEM_TYPE = "plan-limit-reached";
    public static final String INVITATIONS_THIS_MONTH = "invitationsThisMonth";

    /** The usage of the limit: {@code GET /api/invitations/plan-usage}. */
    public record Usage(String plan, String limit, long used, int max, OffsetDateTime periodStart) {}

    private final OwnerPlanRepository locks;
    private final InvitationRepository invitations;
    private final OwnerPlans plans;
    private final PlanSettings config;

    PlanLimits(OwnerPlanRepository locks, InvitationRepository invitations, OwnerPlans plans, PlanSettings config) {
        this.locks = locks;
        this.invitations = invitations;
        this.plans = plans;
        this.config = config;
    }

    /**
     * Refuses {@code count} new invitations (one, or a whole batch: all or none) when the owner's plan has no room for
     * them this month. Must run in the transaction that stores them: it holds the owner's lock until then, so that
     * concurrent invitations are counted in turn.
     */
    public Uni<Void> checkInvitations(Caller owner, int count) {
        if (owner.isAdmin() || !owner.isBusiness()) {
            return Uni.createFrom().voidItem();
        }
        return locks.lockOwner(owner.subject())
                .chain(() -> usage(owner.subject()))
                .invoke(usage -> {
                    if (usage.used() + count > usage.max()) {
                        long left = Math.max(0, usage.max() - usage.used());
                        throw new ConflictException(
                                PROBLEM_TYPE,
                                "Your " + usage.plan() + " plan allows " + usage.max() + " invitations a month; "
                                        + usage.used() + " were sent this month, so " + left
                                        + (left == 1 ? " is" : " are") + " left. Wait for next month or change your"
                                        + " plan.",
                                Map.of(
                                        "limit", usage.limit(),
                                        "plan", usage.plan(),
                                        "used", usage.used(),
                                        "max", usage.max()));
                    }
                })
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Usage> usageOf(Caller caller) {
        return usage(caller.subject());
    }

    /** Within a session. */
    public Uni<Usage> usage(String ownerId) {
        OffsetDateTime monthStart = monthStart(OffsetDateTime.now(ZoneOffset.UTC));
        return plans.of(ownerId)
                .flatMap(plan -> invitations
                        .countSentSince(ownerId, monthStart)
                        .map(used -> new Usage(plan.value(), INVITATIONS_THIS_MONTH, used, max(plan), monthStart)));
    }

    /** The first instant of the calendar month (UTC) of {@code now}. */
    static OffsetDateTime monthStart(OffsetDateTime now) {
        return now.withOffsetSameInstant(ZoneOffset.UTC)
                .with(TemporalAdjusters.firstDayOfMonth())
                .truncatedTo(ChronoUnit.DAYS);
    }

    private int max(Plan plan) {
        return config.limitsOf(plan).invitationsPerMonth();
    }
}
