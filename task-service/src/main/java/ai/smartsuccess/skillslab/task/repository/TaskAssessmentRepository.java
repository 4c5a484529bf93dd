package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.TaskAssessment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TaskAssessmentRepository implements PanacheRepositoryBase<TaskAssessment, UUID> {

    /** Inserts the assessment unless it is already known; answers whether a row was added. */
    public Uni<Boolean> insertIfAbsent(TaskAssessment assessment) {
        return getSession()
                .flatMap(session -> session.createMutationQuery("""
                                insert into TaskAssessment (assessmentId, taskId, eventId, recordedAt)
                                values (:assessmentId, :taskId, :eventId, :recordedAt)
                                on conflict (assessmentId) do nothing""")
                        .setParameter("assessmentId", assessment.assessmentId)
                        .setParameter("taskId", assessment.taskId)
                        .setParameter("eventId", assessment.eventId)
                        .setParameter("recordedAt", assessment.recordedAt)
                        .executeUpdate())
                .map(rows -> rows > 0);
    }

    public Uni<Long> countByTask(UUID taskId) {
        return count("taskId", taskId);
    }
}
