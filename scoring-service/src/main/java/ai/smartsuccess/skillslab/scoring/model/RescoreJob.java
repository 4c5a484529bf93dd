package ai.smartsuccess.skillslab.scoring.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bulk re-score an administrator started: which assessments (scope), with which version, how far it got. */
@Entity
@Table(name = "rescore_jobs")
public class RescoreJob extends PanacheEntityBase {

    public static final String SCOPE_TASK = "task";
    public static final String SCOPE_ALL = "all";

    @Id
    public UUID id;

    /** {@code task} (the assessments of one task) or {@code all}. */
    public String scope;

    @Column(name = "task_id")
    public UUID taskId;

    /** {@code task:<id>} or {@code all}: at most one running job per key. */
    @Column(name = "scope_key")
    public String scopeKey;

    @Convert(converter = RescoreJobStatus.DbConverter.class)
    public RescoreJobStatus status;

    @Column(name = "scoring_version")
    public String scoringVersion;

    /** Assessments selected when the job started. */
    public int total;

    /** Assessments re-scored (a new run published). */
    public int done;

    /** Assessments whose re-score failed; their earlier score stands. */
    public int failed;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public static String scopeKey(UUID taskId) {
        return taskId == null ? SCOPE_ALL : SCOPE_TASK + ":" + taskId;
    }
}
