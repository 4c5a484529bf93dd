package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A business's invitation of one candidate, by email, to one of its tasks. */
@Entity
@Table(name = "invitations")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "sender_name")
    public String senderName;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "task_type")
    public String taskType;

    public String difficulty;

    @Column(name = "time_limit_minutes")
    public Integer timeLimitMinutes;

    @Column(name = "recipient_email")
    public String recipientEmail;

    @Column(name = "recipient_name")
    public String recipientName;

    public String message;

    public String status;

    /** Hex SHA-256 of the access token, by which the link finds its invitation. */
    @Column(name = "token_hash")
    public String tokenHash;

    /** The token, AES-GCM encrypted and bound to this invitation's id, so the sender can copy the link again. */
    @Column(name = "token_encrypted")
    public byte[] tokenEncrypted;

    /** Whether the candidate may abandon an unstarted attempt and make another one (each attempt counts). */
    @Column(name = "allow_retakes")
    public boolean allowRetakes;

    /** BCP 47 tag of the language the email's dates are written in. */
    public String locale;

    /** When the email last went out: at creation, then at each resend. */
    @Column(name = "last_sent_at")
    public OffsetDateTime lastSentAt;

    @Column(name = "resend_count")
    public int resendCount;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "recipient_user_id")
    public String recipientUserId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isSentBy(String subject) {
        return senderId.equals(subject);
    }

    /** The candidate gave up the attempt this invitation led to: accepting again (or creating) makes the next one. */
    public void releaseAttempt(UUID assessment, OffsetDateTime now) {
        if (assessment.equals(assessmentId)) {
            assessmentId = null;
            updatedAt = now;
        }
    }

    /** The status as the user sees it: an unaccepted invitation past its expiry is expired even before the job ran. */
    public String effectiveStatus(OffsetDateTime now) {
        return InvitationStatus.SENT.equals(status) && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }
}
