package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A business's private review of one attempt on one of its tasks: stage, rating (1 to 5) and notes. Changed only
 * through {@link #change}, which says what changed so that the caller can keep it in the history.
 */
@Entity
@Table(name = "candidate_reviews")
public class CandidateReview extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "business_id")
    public String businessId;

    @Convert(converter = ReviewStage.DbConverter.class)
    public ReviewStage stage;

    public Integer rating;

    public String notes;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** A review nobody has written yet: stage {@code new}, no rating, no notes. */
    public static CandidateReview blank(UUID assessmentId, String businessId, OffsetDateTime now) {
        CandidateReview review = new CandidateReview();
        review.assessmentId = assessmentId;
        review.businessId = businessId;
        review.stage = ReviewStage.NEW;
        review.createdAt = now;
        review.updatedAt = now;
        return review;
    }

    /**
     * Sets all three values. Returns the history row of the change (not yet persisted), or null when nothing changed:
     * saving the same review again leaves no trace.
     */
    public CandidateReviewChange change(
            ReviewStage newStage,
            Integer newRating,
            String newNotes,
            String by,
            String byName,
            boolean firstWrite,
            OffsetDateTime now) {
        if (!firstWrite && stage == newStage && Objects.equals(rating, newRating) && Objects.equals(notes, newNotes)) {
            return null;
        }
        CandidateReviewChange change = new CandidateReviewChange();
        change.assessmentId = assessmentId;
        change.businessId = businessId;
        change.changedBy = by;
        change.changedByName = byName;
        change.changedAt = now;
        change.oldStage = firstWrite ? null : stage;
        change.oldRating = firstWrite ? null : rating;
        change.oldNotes = firstWrite ? null : notes;
        change.newStage = newStage;
        change.newRating = newRating;
        change.newNotes = newNotes;
        stage = newStage;
        rating = newRating;
        notes = newNotes;
        updatedBy = by;
        updatedAt = now;
        return change;
    }

    /**
     * The candidate deleted their account: the notes about them go. Returns the history row of the removal (by the
     * platform, with its reason; the old notes are not quoted in it).
     */
    public CandidateReviewChange eraseNotes(OffsetDateTime now) {
        CandidateReviewChange change = new CandidateReviewChange();
        change.assessmentId = assessmentId;
        change.businessId = businessId;
        change.changedBy = CandidateReviewChange.SYSTEM;
        change.changedAt = now;
        change.reason = CandidateReviewChange.CANDIDATE_ACCOUNT_DELETED;
        change.oldStage = stage;
        change.oldRating = rating;
        change.newStage = stage;
        change.newRating = rating;
        notes = null;
        updatedAt = now;
        return change;
    }
}
