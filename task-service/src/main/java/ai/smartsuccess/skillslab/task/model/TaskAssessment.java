package ai.smartsuccess.skillslab.task.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An assessment that refers to a task, known from assessment-service's events. One row per assessment. */
@Entity
@Table(name = "task_assessments")
public class TaskAssessment extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "task_id")
    public UUID taskId;

    /** The first event that announced the assessment. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
