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

    @Column(name = "task_id")
    public UUID taskId;

    /** The business whose own task this is; null for a default task. */
    @Column(name = "task_owner_id")
    public String taskOwnerId;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
