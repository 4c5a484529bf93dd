package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
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

    @Convert(converter = AssessmentStatus.DbConverter.class)
    public AssessmentStatus status;

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

    public boolean is(AssessmentStatus expected) {
        return status == expected;
    }

    /** Not started, and no start under way: the only state an attempt can be abandoned from. */
    public boolean isAbandonable() {
        return status == AssessmentStatus.PENDING && startClaimedAt == null;
    }

    /** Why a start cannot be claimed now, as the API has always answered it. */
    public void checkStartable() {
        if (status == AssessmentStatus.ABANDONED) {
            throw new ConflictException("assessment-abandoned", "This attempt was abandoned; start a new one.");
        }
        if (status != AssessmentStatus.PENDING) {
            throw new ConflictException("not-pending", "This assessment has already been started.");
        }
    }

    /** pending → in_progress: its sandbox is ready and the clock runs from {@code now} to {@code deadline}. */
    public void start(OffsetDateTime now, OffsetDateTime deadline, String sandboxId, String sandboxBackend) {
        require("started", AssessmentStatus.PENDING);
        status = AssessmentStatus.IN_PROGRESS;
        startedAt = now;
        this.deadline = deadline;
        startClaimedAt = null;
        this.sandboxId = sandboxId;
        this.sandboxBackend = sandboxBackend;
        updatedAt = now;
    }

    /** Why the candidate cannot submit now, as the API has always answered it. */
    public void checkSubmittable() {
        if (status == AssessmentStatus.PENDING) {
            throw new ConflictException("assessment-not-started", "Start the assessment before submitting it.");
        }
        if (status == AssessmentStatus.ABANDONED) {
            throw new ConflictException("assessment-abandoned", "This attempt was abandoned; it cannot be submitted.");
        }
        if (status != AssessmentStatus.IN_PROGRESS || submitClaimedAt != null) {
            throw new ConflictException("already-submitted", "This assessment has already been submitted.");
        }
    }

    /** in_progress → submitted. The time spent ends at the deadline even when the submission came later. */
    public void submit(OffsetDateTime now, boolean autoSubmitted, String notes) {
        require("submitted", AssessmentStatus.IN_PROGRESS);
        OffsetDateTime end = now.isAfter(deadline) ? deadline : now;
        status = AssessmentStatus.SUBMITTED;
        submittedAt = now;
        timeSpentSeconds = Math.max(0, Duration.between(startedAt, end).toSeconds());
        this.autoSubmitted = autoSubmitted;
        this.notes = notes;
        updatedAt = now;
    }

    /** Why the candidate cannot abandon this attempt, as the API has always answered it. */
    public void checkAbandonable() {
        if (!isAbandonable()) {
            throw new ConflictException(
                    "assessment-started", "This attempt has already been started; it can no longer be abandoned.");
        }
    }

    /** pending → abandoned, while no start is under way. */
    public void abandon(OffsetDateTime now) {
        checkAbandonable();
        status = AssessmentStatus.ABANDONED;
        abandonedAt = now;
        updatedAt = now;
    }

    /** pending | in_progress → failed: the session ended without a submission, which costs no attempt. */
    public void fail(String reason, OffsetDateTime now) {
        require("ended", AssessmentStatus.PENDING, AssessmentStatus.IN_PROGRESS);
        status = AssessmentStatus.FAILED;
        failureReason = reason;
        updatedAt = now;
    }

    /**
     * submitted | scoring | scored | failed → scored, at {@code scoredAt}: a score, or a re-score that replaces the
     * earlier one or an earlier failure.
     */
    public void scored(OffsetDateTime scoredAt, OffsetDateTime now) {
        require(
                "scored",
                AssessmentStatus.SUBMITTED,
                AssessmentStatus.SCORING,
                AssessmentStatus.SCORED,
                AssessmentStatus.FAILED);
        status = AssessmentStatus.SCORED;
        this.scoredAt = scoredAt;
        failureReason = null;
        updatedAt = now;
    }

    /**
     * submitted | scoring | failed → failed: scoring gave up. A failed re-score of a scored assessment changes nothing:
     * the candidate keeps the score they have.
     */
    public void scoringFailed(String reason, OffsetDateTime now) {
        if (status == AssessmentStatus.SCORED) {
            return;
        }
        require("failed in scoring", AssessmentStatus.SUBMITTED, AssessmentStatus.SCORING, AssessmentStatus.FAILED);
        status = AssessmentStatus.FAILED;
        failureReason = reason;
        updatedAt = now;
    }

    private void require(String action, AssessmentStatus... from) {
        for (AssessmentStatus allowed : from) {
            if (status == allowed) {
                return;
            }
        }
        throw new InvalidTransitionException("an assessment", action, status);
    }
}
