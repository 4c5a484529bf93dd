package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.TaskFile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskFileRepository implements PanacheRepositoryBase<TaskFile, UUID> {

    public Uni<List<TaskFile>> listByTask(UUID taskId, String visibility) {
        return list("taskId = ?1 and visibility = ?2", Sort.by("path"), taskId, visibility);
    }

    public Uni<List<TaskFile>> listByTask(UUID taskId) {
        return list("taskId", Sort.by("visibility").and("path"), taskId);
    }
}
