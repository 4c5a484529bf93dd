package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One timed session of one candidate on one task. */
@Entity
@Table(name = "assessments")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    /** OIDC subject of the candidate. */
    @Column(name = "user_id")
    public String userId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_creator_id")
    public String taskCreatorId;

    @Column(name = "invitation_id")
    public UUID invitationId;

    public String status;

    @Column(name = "attempt_number")
    public int attemptNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    public CandidateDocument candidate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "task_snapshot")
    public TaskSnapshotDocument taskSnapshot;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evaluation_config")
    public EvaluationConfig evaluationConfig;

    @Column(name = "start_claimed_at")
    public OffsetDateTime startClaimedAt;

    @Column(name = "submit_claimed_at")
    public OffsetDateTime submitClaimedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    public OffsetDateTime deadline;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "time_spent_seconds")
    public Long timeSpentSeconds;

    @Column(name = "auto_submitted")
    public boolean autoSubmitted;

    public String notes;

    @Column(name = "sandbox_id")
    public String sandboxId;

    @Column(name = "sandbox_backend")
    public String sandboxBackend;

    @JdbcTypeCode(SqlTypes.JSON)
    public SubmissionDocument submission;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When the candidate gave up this attempt before starting it. */
    @Column(name = "abandoned_at")
    public OffsetDateTime abandonedAt;

    /** The candidate deleted their account: their name, email, notes and chat are already anonymized. */
    @Column(name = "erasure_requested_at")
    public OffsetDateTime erasureRequestedAt;

    /** The sandbox is gone and the tracking objects are redacted too. */
    @Column(name = "personal_data_erased_at")
    public OffsetDateTime personalDataErasedAt;

    public boolean isOwnedBy(String subject) {
        return userId.equals(subject);
    }

    public boolean isInvited() {
        return invitationId != null;
    }

    /** Not started, and no start under way: the only state an attempt can be abandoned from. */
    public boolean isAbandonable() {
        return AssessmentStatus.PENDING.equals(status) && startClaimedAt == null;
    }

    /** pending → abandoned. */
    public void abandon(OffsetDateTime now) {
        status = AssessmentStatus.ABANDONED;
        abandonedAt = now;
        updatedAt = now;
    }
}
