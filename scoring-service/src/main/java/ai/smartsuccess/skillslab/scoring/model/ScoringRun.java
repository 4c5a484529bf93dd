package ai.smartsuccess.skillslab.scoring.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One scoring of one assessment: its input (for re-scoring and audit), its state and its published result. */
@Entity
@Table(name = "scoring_runs")
public class ScoringRun extends PanacheEntityBase {

    public static final String ORIGIN_EVENT = "event";
    public static final String ORIGIN_RESCORE = "rescore";
    public static final String STATUS_SCORING = "scoring";
    public static final String STATUS_SCORED = "scored";
    public static final String STATUS_FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "scoring_version")
    public String scoringVersion;

    public String origin;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    public String status;

    public boolean published;

    public int attempts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_event")
    public JsonNode inputEvent;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode result;

    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Column(name = "proficiency_level")
    public String proficiencyLevel;

    @Column(name = "scoring_models")
    public String scoringModels;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
