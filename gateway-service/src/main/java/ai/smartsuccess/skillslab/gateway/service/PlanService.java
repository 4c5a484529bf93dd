package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.contracts.plans.PlanLimits;
import ai.smartsuccess.skillslab.gateway.client.UsageClient;
import ai.smartsuccess.skillslab.gateway.model.PlanChange;
import ai.smartsuccess.skillslab.gateway.repository.PlanChangeRepository;
import ai.smartsuccess.skillslab.gateway.repository.UserProfileRepository;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.plans.PlanSettings;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Subscription plans of business accounts: an operator changes one (recorded with its PlanChanged event in the same
 * transaction, see {@link PlanAnnouncer}), and a business reads what its plan allows and how much of it is used.
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);

    /** The answer to a plan change; {@code changed} is false when the account was on that plan already. */
    public record PlanAssignment(
            String userId, String plan, String previousPlan, boolean changed, OffsetDateTime changedAt) {}

    /** How much of one limit is used; {@code used} is null while the service that counts it does not answer. */
    public record Usage(
            @Schema(nullable = true, description = "null while the service that counts it does not answer")
            Long used,

            int max) {}

    public record Limits(Usage activeTasks, Usage invitationsThisMonth, Usage seats) {}

    /** The shape of {@code GET /api/business/plan}. */
    public record PlanUsage(String plan, Limits limits) {}

    private final UserProfileRepository profiles;
    private final PlanChangeRepository changes;
    private final PlanAnnouncer announcer;
    private final PlanSettings config;
    private final UsageClient usage;
    private final ProfileService me;
    private final Vertx vertx;
    private final AuditTrail audit;
    private final AuditLog auditLog;

    PlanService(
            UserProfileRepository profiles,
            PlanChangeRepository changes,
            PlanAnnouncer announcer,
            PlanSettings config,
            UsageClient usage,
            ProfileService me,
            Vertx vertx,
            AuditTrail audit,
            AuditLog auditLog) {
        this.profiles = profiles;
        this.changes = changes;
        this.announcer = announcer;
        this.config = config;
        this.usage = usage;
        this.me = me;
        this.vertx = vertx;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    /**
     * Puts a business account on a plan (an operator's decision). Refused for an unknown plan, and for an account that
     * is not a business one or does not exist (yet): a profile exists once the person signed in.
     */
    public Uni<PlanAssignment> change(Caller operator, String userId, String planName) {
        Plan plan = Plan.of(planName)
                .orElseThrow(() -> new InvalidInputException(
                        "The plan is invalid.",
                        List.of(new InvalidInputException.FieldError("plan", "must be one of " + Plan.names()))));
        // Built while the request is current: who asked, from where.
        PlanAudit audited = new PlanAudit(audit, userId);
        return Panache.withTransaction(() -> profiles.findById(userId).flatMap(profile -> {
                    if (profile == null || profile.deletedAt != null) {
                        throw new NotFoundException("No account " + userId + " has signed in yet.");
                    }
                    if (!"business".equals(profile.userType)) {
                        throw new InvalidInputException(
                                "Only business accounts have a plan.",
                                List.of(new InvalidInputException.FieldError("userId", "is not a business account")));
                    }
                    String previous = profile.subscriptionPlan;
                    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
                    if (plan.value().equals(previous)) {
                        return Uni.createFrom().item(new PlanAssignment(userId, previous, previous, false, null));
                    }
                    profile.subscriptionPlan = plan.value();
                    profile.updatedAt = now;
                    return changes.persist(record(userId, plan.value(), previous, operator.subject(), now))
                            .call(ignored -> auditLog.append(audited.withDetails(plan.value(), previous)))
                            .replaceWith(new PlanAssignment(userId, plan.value(), previous, true, now));
                }))
                .invoke(assignment -> {
                    if (assignment.changed()) {
                        announceSoon();
                    }
                });
    }

    /** Announces now, outside the caller's request; whatever fails is announced by the next tick. */
    void announceSoon() {
        OnContext.fresh(vertx, announcer::announcePending)
                .subscribe()
                .with(x -> {}, e -> LOG.warnf("plan change not announced yet: %s", e.getMessage()));
    }

    /**
     * What the caller's plan allows and how much of it is used: active tasks (task-service), invitations this calendar
     * month in UTC (assessment-service) and seats (business accounts of the same company, from the profiles here).
     */
    public Uni<PlanUsage> usage(Caller caller) {
        return me.me(caller).flatMap(profile -> {
            Plan plan = Plan.of(profile.subscription().plan()).orElse(Plan.FREE);
            PlanLimits limits = config.limitsOf(plan);
            Uni<Long> seats = profile.company() == null
                    ? Uni.createFrom().item(1L)
                    : Panache.withSession(
                            () -> profiles.countCompanySeats(profile.company().name()));
            return seats.emitOn(OnContext.current())
                    .flatMap(seatsUsed -> Uni.combine()
                            .all()
                            .unis(usage.activeTasks(caller), usage.invitationsThisMonth(caller))
                            .asTuple()
                            .map(counts -> new PlanUsage(
                                    plan.value(),
                                    new Limits(
                                            new Usage(counts.getItem1().orElse(null), limits.activeTasks()),
                                            new Usage(counts.getItem2().orElse(null), limits.invitationsPerMonth()),
                                            new Usage(seatsUsed, limits.seats())))));
        });
    }

    /** The audit entry of a plan change, its actor and origin taken from the request. */
    private record PlanAudit(AuditRecorded template) {
        PlanAudit(AuditTrail audit, String userId) {
            this(audit.success("account.plan-changed", "account", userId, Map.of()));
        }

        AuditRecorded withDetails(String plan, String previous) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("plan", plan);
            if (previous != null) {
                details.put("previousPlan", previous);
            }
            return template.withDetails(details);
        }
    }

    static PlanChange record(String userId, String plan, String previous, String changedBy, OffsetDateTime changedAt) {
        PlanChange change = new PlanChange();
        change.eventId = UUID.randomUUID();
        change.userId = userId;
        change.plan = plan;
        change.previousPlan = previous;
        change.changedBy = changedBy;
        change.changedAt = changedAt;
        return change;
    }
}
