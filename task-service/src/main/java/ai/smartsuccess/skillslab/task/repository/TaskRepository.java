package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /**
     * The catalogue of a caller, the same rule as {@code TaskAccess#canSee}: never archived tasks; the caller's own
     * tasks (all of them for an admin); other tasks only once published, while active and inside their access window,
     * and only when default, public, or granted to the caller by an accepted invitation.
     */
    private static final String VISIBLE = """
            from Task t where t.archivedAt is null and (
                :admin = true or t.creatorId = :caller or (
                    t.status = :published
                    and t.isActive = true
                    and (t.accessStartDate is null or t.accessStartDate <= :now)
                    and (t.accessEndDate is null or t.accessEndDate > :now)
                    and (t.isDefault = true or t.isPublic = true or exists (
                        select 1 from TaskAccessGrant g where g.taskId = t.id and g.recipientUserId = :caller))))""";

    private static final String ORDER = " order by t.isDefault desc, t.createdAt, t.id";

    public Uni<List<Task>> listVisible(TaskQuery query, Viewer viewer, int offset, int limit) {
        return find(VISIBLE + query.clause() + ORDER, query.parameters(viewer))
                .range(offset, offset + limit - 1)
                .list();
    }

    public Uni<Long> countVisible(TaskQuery query, Viewer viewer) {
        return count(VISIBLE + query.clause(), query.parameters(viewer));
    }

    public Uni<List<Task>> listDefaults() {
        return list("isDefault", true);
    }

    /** The task locked for the rest of the transaction, so that concurrent uploads cannot overrun its size limit. */
    /** An owner's active custom tasks (the plan limit): not default and not archived, drafts included. */
    public Uni<Long> countActiveOwnedBy(String ownerId) {
        return count("creatorId = ?1 and isDefault = false and archivedAt is null", ownerId);
    }

    public Uni<Task> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Who is listing: their subject, whether they are an admin, and the instant the access windows are checked at. */
    public record Viewer(String subject, boolean admin, OffsetDateTime now) {}

    /** Optional list filters, combined with AND. */
    public record TaskQuery(String taskType, String difficulty, Boolean isDefault) {

        String clause() {
            return (taskType != null ? " and t.taskType = :taskType" : "")
                    + (difficulty != null ? " and t.difficulty = :difficulty" : "")
                    + (isDefault != null ? " and t.isDefault = :isDefault" : "");
        }

        Parameters parameters(Viewer viewer) {
            Parameters parameters = Parameters.with("caller", viewer.subject())
                    .and("admin", viewer.admin())
                    .and("now", viewer.now())
                    .and("published", TaskStatus.PUBLISHED);
            if (taskType != null) parameters = parameters.and("taskType", taskType);
            if (difficulty != null) parameters = parameters.and("difficulty", difficulty);
            if (isDefault != null) parameters = parameters.and("isDefault", isDefault);
            return parameters;
        }
    }
}
