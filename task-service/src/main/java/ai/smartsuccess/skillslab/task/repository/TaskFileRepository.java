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

    public Uni<TaskFile> findInTask(UUID taskId, UUID fileId) {
        return find("taskId = ?1 and id = ?2", taskId, fileId).firstResult();
    }

    public Uni<TaskFile> findByPath(UUID taskId, String visibility, String path) {
        return find("taskId = ?1 and visibility = ?2 and path = ?3", taskId, visibility, path)
                .firstResult();
    }

    /** Bytes of all the task's files, for its size limit. */
    public Uni<Long> totalBytes(UUID taskId) {
        return getSession()
                .flatMap(session -> session.createQuery(
                                "select coalesce(sum(f.sizeBytes), 0L) from TaskFile f where f.taskId = :taskId",
                                Long.class)
                        .setParameter("taskId", taskId)
                        .getSingleResult());
    }

    public Uni<Long> countByTask(UUID taskId) {
        return count("taskId", taskId);
    }
}
