package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.ForbiddenException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.repository.TaskAccessGrantRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who may see and who may change a task (the design's canAccessTask and canManageTask, with their gaps closed): an
 * admin sees every task; the creator sees their own, archived or not; anyone else sees a task only while it is not
 * archived, active and inside its access window, and only when it is default, public, or theirs through an accepted
 * invitation. A draft is seen by its creator and admins only, whatever its flags and grants. Only the creator changes
 * a task. A task the caller may not see answers exactly like a missing one.
 */
@ApplicationScoped
public class TaskAccess {

    private final TaskRepository tasks;
    private final TaskAccessGrantRepository grants;

    TaskAccess(TaskRepository tasks, TaskAccessGrantRepository grants) {
        this.tasks = tasks;
        this.grants = grants;
    }

    /** The task if the caller may see it; otherwise {@link NotFoundException}. Needs a session. */
    public Uni<Task> findVisible(Caller caller, UUID id) {
        return tasks.findById(id).flatMap(task -> {
            if (task == null) {
                return Uni.createFrom().failure(notFound(id));
            }
            return switch (seeWithoutGrant(caller, task, OffsetDateTime.now())) {
                case YES -> Uni.createFrom().item(task);
                case NO -> Uni.createFrom().failure(notFound(id));
                case IF_GRANTED ->
                    grants.exists(id, caller.subject())
                            .flatMap(granted -> granted
                                    ? Uni.createFrom().item(task)
                                    : Uni.createFrom().failure(notFound(id)));
            };
        });
    }

    /**
     * The task if the caller created it. A task they cannot see is not found; one they can see but did not create is
     * forbidden. Needs a session.
     */
    public Uni<Task> findOwned(Caller caller, UUID id) {
        return findVisible(caller, id).map(task -> {
            if (!isOwner(caller, task)) {
                throw new ForbiddenException("Only the task's creator may change it.");
            }
            return task;
        });
    }

    /**
     * The task if the caller created it; to anyone else, admins included, it does not exist. For actions that are the
     * creator's alone, such as publishing. Needs a session.
     */
    public Uni<Task> findAsCreator(Caller caller, UUID id) {
        return tasks.findById(id).map(task -> {
            if (task == null || !isOwner(caller, task)) {
                throw notFound(id);
            }
            return task;
        });
    }

    public static boolean isOwner(Caller caller, Task task) {
        return task.creatorId != null && task.creatorId.equals(caller.subject());
    }

    /** The creator and admins see everything about a task, hidden test files included. */
    public static boolean seesEverything(Caller caller, Task task) {
        return caller.isAdmin() || isOwner(caller, task);
    }

    enum Decision {
        YES,
        NO,
        IF_GRANTED
    }

    static Decision seeWithoutGrant(Caller caller, Task task, OffsetDateTime now) {
        if (seesEverything(caller, task)) {
            return Decision.YES;
        }
        if (task.isDraft() || task.archivedAt != null || !task.isActive) {
            return Decision.NO;
        }
        if (task.accessStartDate != null && task.accessStartDate.isAfter(now)) {
            return Decision.NO;
        }
        if (task.accessEndDate != null && !task.accessEndDate.isAfter(now)) {
            return Decision.NO;
        }
        return task.isDefault || task.isPublic ? Decision.YES : Decision.IF_GRANTED;
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("Task " + id + " was not found");
    }
}
