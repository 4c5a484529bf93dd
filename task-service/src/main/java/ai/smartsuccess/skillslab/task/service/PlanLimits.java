package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.plans.OwnerPlanRepository;
import ai.smartsuccess.skillslab.plans.OwnerPlans;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.plans.PlanSettings;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The plan limit this service enforces: a business account's <em>active custom tasks</em>, its own tasks that are not
 * archived (drafts and published ones, deactivated ones too: deactivating hides a task but keeps it usable again; only
 * deleting or archiving frees a slot). Default tasks are nobody's. Admins are on no plan.
 */
@ApplicationScoped
public class PlanLimits {

    public static final String PROBLEM_TYPE = "plan-limit-reached";
    public static final String ACTIVE_TASKS = "activeTasks";

    /** The usage of the limit: {@code GET /api/tasks/plan-usage}. */
    public record Usage(String plan, String limit, long used, int max) {}

    private final TaskRepository tasks;
    private final OwnerPlanRepository locks;
    private final OwnerPlans plans;
    private final PlanSettings config;

    PlanLimits(TaskRepository tasks, OwnerPlanRepository locks, OwnerPlans plans, PlanSettings config) {
        this.tasks = tasks;
        this.locks = locks;
        this.plans = plans;
        this.config = config;
    }

    /**
     * Refuses a new active task (created or copied) when the caller's plan has no room for it. Must run in the
     * transaction that adds the task: it holds the owner's lock until then, so concurrent creates are counted in turn.
     */
    public Uni<Void> checkNewTask(Caller caller) {
        if (!caller.isBusiness() || caller.isAdmin()) {
            return Uni.createFrom().voidItem();
        }
        return locks.lockOwner(caller.subject())
                .chain(() -> usage(caller.subject()))
                .invoke(usage -> {
                    if (usage.used() + 1 > usage.max()) {
                        throw limitReached(
                                usage,
                                "Your " + usage.plan() + " plan allows " + usage.max()
                                        + " active custom task" + (usage.max() == 1 ? "" : "s")
                                        + ". Archive or delete one, or change your plan.");
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Refuses to publish a draft while the owner has more active tasks than the plan allows (after a move to a smaller
     * plan): a draft already counts, so publishing never raises the count, but it must not put a task over the limit
     * in front of candidates. Within a transaction.
     */
    public Uni<Void> checkPublish(Caller caller, String ownerId) {
        if (caller.isAdmin() || ownerId == null) {
            return Uni.createFrom().voidItem();
        }
        return locks.lockOwner(ownerId)
                .chain(() -> usage(ownerId))
                .invoke(usage -> {
                    if (usage.used() > usage.max()) {
                        throw limitReached(
                                usage,
                                "Your " + usage.plan() + " plan allows " + usage.max()
                                        + " active custom task" + (usage.max() == 1 ? "" : "s") + " and you have "
                                        + usage.used()
                                        + ". Archive or delete some before publishing, or change your plan.");
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
        return plans.of(ownerId)
                .flatMap(plan -> tasks.countActiveOwnedBy(ownerId)
                        .map(used -> new Usage(plan.value(), ACTIVE_TASKS, used, max(plan))));
    }

    private int max(Plan plan) {
        return config.limitsOf(plan).activeTasks();
    }

    private static ConflictException limitReached(Usage usage, String message) {
        return new ConflictException(
                PROBLEM_TYPE,
                message,
                Map.of("limit", usage.limit(), "plan", usage.plan(), "used", usage.used(), "max", usage.max()));
    }
}
