package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.platform.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    @Convert(converter = InvitationStatus.DbConverter.class)
    public InvitationStatus status;

    /** Hex SHA-256 of the access token, by which the link finds its invitation. */
    @Column(name = "token_hash")
    public String tokenHash;

    /** The token, AES-GCM encrypted and bound to this invitation's id, so the sender can copy the link again. */
    @Column(name = "token_encrypted")
    public byte[] tokenEncrypted;

    /** Whether the candidate may abandon an unstarted attempt and make another one (each attempt counts). */
    @Column(name = "allow_retakes")
    public boolean allowRetakes;

    /** Whether the candidate may publish the result of this invitation's attempt (V10). */
    @Column(name = "allow_result_sharing")
    public boolean allowResultSharing;

    /** BCP 47 tag of the language the email's dates are written in. */
    public String locale;

    /** When the email last went out: at creation, then at each resend. */
    @Column(name = "last_sent_at")
    public OffsetDateTime lastSentAt;

    @Column(name = "resend_count")
    public int resendCount;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** When the reminder before its expiry was published; null until then (at most one per invitation). */
    @Column(name = "reminder_sent_at")
    public OffsetDateTime reminderSentAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** When the link was first opened (its invitation page loaded); null until then. */
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

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
    public InvitationStatus effectiveStatus(OffsetDateTime now) {
        return status == InvitationStatus.SENT && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /**
     * The recipient accepts and {@code assessment} is their attempt: sent → accepted. After they abandoned the attempt
     * (retakes allowed) an accepted invitation stays accepted and leads to the next one.
     */
    public void accept(String recipient, UUID assessment, OffsetDateTime now) {
        if (status == InvitationStatus.SENT) {
            status = InvitationStatus.ACCEPTED;
            acceptedAt = now;
            recipientUserId = recipient;
            // Nobody else can accept it now: the link need not be recoverable any more.
            forgetLink();
        } else if (!awaitsAttempt() || !recipient.equals(recipientUserId)) {
            throw new InvalidTransitionException("an invitation", "accepted", status);
        }
        assessmentId = assessment;
        updatedAt = now;
    }

    /**
     * The sender withdraws it: sent → cancelled. Cancelling again, or an expired one, changes nothing; an accepted one
     * can no longer be, as the API has always answered.
     */
    public void cancel(OffsetDateTime now) {
        if (status == InvitationStatus.ACCEPTED || status == InvitationStatus.COMPLETED) {
            throw new ConflictException(
                    "invitation-accepted", "This invitation was already accepted; it can no longer be cancelled.");
        }
        if (status == InvitationStatus.SENT) {
            cancelNow(now);
        }
    }

    /**
     * Its recipient is gone (deleted their account): sent, or accepted with no attempt waiting, → cancelled. One that led
     * to an attempt stays as the record of it.
     */
    public void cancelUnused(OffsetDateTime now) {
        if (status == InvitationStatus.SENT || awaitsAttempt()) {
            cancelNow(now);
        }
    }

    /** sent → expired, by the expiry job once its time is up. */
    public void expire(OffsetDateTime now) {
        if (status != InvitationStatus.SENT) {
            throw new InvalidTransitionException("an invitation", "expired", status);
        }
        status = InvitationStatus.EXPIRED;
        updatedAt = now;
        forgetLink();
    }

    /** Why it cannot be emailed again or its link copied: only a waiting one can, as the API has always answered. */
    public void checkOpen(OffsetDateTime now) {
        InvitationStatus seen = effectiveStatus(now);
        if (seen != InvitationStatus.SENT) {
            throw new ConflictException(
                    "invitation-not-open",
                    "This invitation is " + seen + "; only one that is still waiting can be sent again or copied.");
        }
    }

    /** Emailed again: the status stays sent, the resend is counted. */
    public void resend(OffsetDateTime now) {
        checkOpen(now);
        lastSentAt = now;
        resendCount++;
        updatedAt = now;
    }

    /** The candidate is reminded that it expires soon: only a waiting invitation, and only once. */
    public void remind(OffsetDateTime now) {
        if (effectiveStatus(now) != InvitationStatus.SENT || reminderSentAt != null) {
            throw new InvalidTransitionException("an invitation", "reminded", status);
        }
        reminderSentAt = now;
        updatedAt = now;
    }

    /** Accepted, and the attempt it led to was abandoned: the next attempt is still to be made. */
    private boolean awaitsAttempt() {
        return status == InvitationStatus.ACCEPTED && assessmentId == null;
    }

    private void cancelNow(OffsetDateTime now) {
        status = InvitationStatus.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
        forgetLink();
    }

    /** Once nobody can accept it any more, its link need not be recoverable. */
    private void forgetLink() {
        tokenEncrypted = null;
    }
}
