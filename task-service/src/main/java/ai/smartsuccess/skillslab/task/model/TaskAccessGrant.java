package ai.smartsuccess.skillslab.task.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate may see a private task because they accepted an invitation to it. One row per invitation. */
@Entity
@Table(name = "task_access_grants")
public class TaskAccessGrant extends PanacheEntityBase {

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "task_id")
    public UUID taskId;

    /** OIDC subject of the candidate who accepted. */
    @Column(name = "recipient_user_id")
    public String recipientUserId;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
