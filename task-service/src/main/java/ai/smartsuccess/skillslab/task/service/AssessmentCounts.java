package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.TaskAssessment;
import ai.smartsuccess.skillslab.task.repository.TaskAssessmentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * How many assessments refer to each task, kept from assessment-service's events (AssessmentStarted, and the
 * InvitationAccepted that creates an invited candidate's assessment) so that deleting a task asks no other service.
 * Idempotent by assessment: a redelivered event, or a second event about the same assessment, counts once.
 */
@ApplicationScoped
public class AssessmentCounts {

    private final TaskAssessmentRepository assessments;

    AssessmentCounts(TaskAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** Counts the assessment for its task; answers whether it was new. */
    @WithTransaction
    public Uni<Boolean> record(UUID assessmentId, UUID taskId, UUID eventId) {
        if (assessmentId == null || taskId == null || eventId == null) {
            return Uni.createFrom()
                    .failure(
                            new IllegalArgumentException("an assessment is counted by its id, its task and the event"));
        }
        TaskAssessment assessment = new TaskAssessment();
        assessment.assessmentId = assessmentId;
        assessment.taskId = taskId;
        assessment.eventId = eventId;
        assessment.recordedAt = TaskService.now();
        return assessments.insertIfAbsent(assessment);
    }

    /** Must run within a session. */
    public Uni<Long> of(UUID taskId) {
        return assessments.countByTask(taskId);
    }
}
