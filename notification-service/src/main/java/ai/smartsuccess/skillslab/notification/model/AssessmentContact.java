package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Who took an assessment, as AssessmentSubmitted said. */
@Entity
@Table(name = "assessment_contacts")
public class AssessmentContact extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "user_id")
    public String userId;

    public String email;
    public String name;

    @Column(name = "user_type")
    public String userType;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
