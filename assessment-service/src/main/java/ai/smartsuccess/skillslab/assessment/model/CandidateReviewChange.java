package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a candidate review, old → new, by whom and when: the review's audit trail. Never updated by users. */
@Entity
@Table(name = "candidate_review_history")
public class CandidateReviewChange extends PanacheEntityBase {

    /** The platform itself (not a person) made the change. */
    public static final String SYSTEM = "system";
    /** The candidate deleted their account, and the notes about them went with it. */
    public static final String CANDIDATE_ACCOUNT_DELETED = "candidate-account-deleted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "business_id")
    public String businessId;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_by_name")
    public String changedByName;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    public String reason;

    @Convert(converter = ReviewStage.DbConverter.class)
    @Column(name = "old_stage")
    public ReviewStage oldStage;

    @Convert(converter = ReviewStage.DbConverter.class)
    @Column(name = "new_stage")
    public ReviewStage newStage;

    @Column(name = "old_rating")
    public Integer oldRating;

    @Column(name = "new_rating")
    public Integer newRating;

    @Column(name = "old_notes")
    public String oldNotes;

    @Column(name = "new_notes")
    public String newNotes;
}
