package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.Task;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /** Default and public tasks, and the caller's own; archived tasks never appear in the catalogue. */
    private static final String VISIBLE =
            "archivedAt is null and (isDefault = true or isPublic = true or creatorId = :caller)";

    public Uni<List<Task>> listVisible(TaskQuery query, String caller, int offset, int limit) {
        return find(
                        VISIBLE + query.clause(),
                        Sort.by("isDefault", Sort.Direction.Descending)
                                .and("createdAt")
                                .and("id"),
                        query.parameters(caller))
                .range(offset, offset + limit - 1)
                .list();
    }

    public Uni<Long> countVisible(TaskQuery query, String caller) {
        return count(VISIBLE + query.clause(), query.parameters(caller));
    }

    public Uni<List<Task>> listDefaults() {
        return list("isDefault", true);
    }

    /** Optional list filters, combined with AND. */
    public record TaskQuery(String taskType, String difficulty, Boolean isDefault) {

        String clause() {
            return (taskType != null ? " and taskType = :taskType" : "")
                    + (difficulty != null ? " and difficulty = :difficulty" : "")
                    + (isDefault != null ? " and isDefault = :isDefault" : "");
        }

        Parameters parameters(String caller) {
            Parameters parameters = Parameters.with("caller", caller);
            if (taskType != null) parameters = parameters.and("taskType", taskType);
            if (difficulty != null) parameters = parameters.and("difficulty", difficulty);
            if (isDefault != null) parameters = parameters.and("isDefault", isDefault);
            return parameters;
        }
    }
}
