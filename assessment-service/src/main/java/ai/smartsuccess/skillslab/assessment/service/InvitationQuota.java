package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The daily invitation quota of a business ({@code skillslab.invitations.daily-quota}, 100 by default), whatever its
 * plan: every invitation is an email the platform sends to a stranger on the account's behalf, so a compromised or
 * abusive account may not send an unbounded number. Every invitation created since midnight UTC counts (cancelled or
 * expired since, or one line of a bulk invitation); resending one does not. Admins are not limited.
 */
@ApplicationScoped
public class InvitationQuota {

    public static final String PROBLEM_TYPE = "invitation-quota-reached";

    private final InvitationRepository invitations;
    private final AssessmentConfig config;

    InvitationQuota(InvitationRepository invitations, AssessmentConfig config) {
        this.invitations = invitations;
        this.config = config;
    }

    /**
     * Refuses {@code count} more invitations with 429 problem+json ({@code limit}, {@code used}, {@code resetsAt},
     * {@code Retry-After}) when they would exceed today's quota. Runs in the transaction that stores them, after
     * {@link PlanLimits#checkInvitations}, whose lock on the owner makes concurrent invitations count in turn.
     */
    public Uni<Void> check(Caller owner, int count) {
        if (owner.isAdmin() || !owner.isBusiness()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime dayStart = now.truncatedTo(ChronoUnit.DAYS);
        OffsetDateTime resetsAt = dayStart.plusDays(1);
        int limit = config.invitations().dailyQuota();
        return invitations
                .countSentSince(owner.subject(), dayStart)
                .invoke(used -> {
                    if (used + count > limit) {
                        throw new TooManyRequestsException(
                                PROBLEM_TYPE,
                                "You can send at most " + limit + " invitations a day and sent " + used
                                        + " today; the count starts again at " + resetsAt + ".",
                                Math.max(1, Duration.between(now, resetsAt).toSeconds()),
                                Map.of("limit", limit, "used", used, "resetsAt", resetsAt.toString()));
                    }
                })
                .replaceWithVoid();
    }
}
