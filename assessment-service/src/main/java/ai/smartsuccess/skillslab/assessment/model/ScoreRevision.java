package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A score report that a re-score replaced, kept for audit. */
@Entity
@Table(name = "score_revisions")
public class ScoreRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** The ScoreComputed that brought this report. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "scoring_version")
    public String scoringVersion;

    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Column(name = "proficiency_level")
    public String proficiencyLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    public ScoreReportDocument report;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Column(name = "replaced_at")
    public OffsetDateTime replacedAt;

    /** The ScoreComputed whose report replaced this one. */
    @Column(name = "replaced_by_event_id")
    public UUID replacedByEventId;

    /** The score as it stands, about to be replaced by the report of {@code replacedBy}. */
    public static ScoreRevision of(Score replaced, UUID replacedBy, OffsetDateTime at) {
        ScoreRevision revision = new ScoreRevision();
        revision.id = UUID.randomUUID();
        revision.assessmentId = replaced.assessmentId;
        revision.eventId = replaced.eventId;
        revision.report = replaced.report;
        if (replaced.report != null) {
            revision.scoringVersion = replaced.report.scoringVersion();
            revision.finalScore =
                    BigDecimal.valueOf(replaced.report.finalScore()).setScale(2, RoundingMode.HALF_UP);
            revision.proficiencyLevel = replaced.report.proficiencyLevel();
        }
        revision.receivedAt = replaced.receivedAt == null ? at : replaced.receivedAt;
        revision.replacedAt = at;
        revision.replacedByEventId = replacedBy;
        return revision;
    }
}
