package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation as InvitationCreated announced it, so that its acceptance can name the candidate and the task. */
@Entity
@Table(name = "invitations")
public class InvitationRecord extends PanacheEntityBase {

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "recipient_email")
    public String recipientEmail;

    @Column(name = "recipient_name")
    public String recipientName;

    /** The candidate's account, known once they accepted. */
    @Column(name = "recipient_user_id")
    public String recipientUserId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
