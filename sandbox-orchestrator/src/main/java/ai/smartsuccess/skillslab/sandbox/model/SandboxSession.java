package ai.smartsuccess.skillslab.sandbox.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The sandbox of one assessment: who owns it, where it runs, how far its life has gone. */
@Entity
@Table(name = "sandbox_sessions")
public class SandboxSession extends PanacheEntityBase {

    /** The candidate works in it. */
    public static final String READY = "ready";
    /** The deadline passed: its processes are stopped and its workspace waits for finalize. */
    public static final String EXPIRED = "expired";

    public static final String FINALIZING = "finalizing";
    public static final String TERMINATED = "terminated";

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "task_id")
    public UUID taskId;

    public String runtime;

    @Column(name = "hidden_runner")
    public String hiddenRunner;

    @Column(name = "visible_test_command")
    public String visibleTestCommand;

    public String state;

    public String backend;

    @Column(name = "sandbox_id")
    public String sandboxId;

    public OffsetDateTime deadline;

    @Column(name = "ready_millis")
    public long readyMillis;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "ready_at")
    public OffsetDateTime readyAt;

    @Column(name = "terminated_at")
    public OffsetDateTime terminatedAt;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "reap_after")
    public OffsetDateTime reapAfter;

    @Column(name = "last_snapshot_at")
    public OffsetDateTime lastSnapshotAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hidden_files")
    public HiddenFiles hiddenFiles;

    @Column(name = "erasure_requested_at")
    public OffsetDateTime erasureRequestedAt;

    @Column(name = "objects_erased_at")
    public OffsetDateTime objectsErasedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "finalize_result")
    public FinalizeResult finalizeResult;

    public boolean isLive() {
        return READY.equals(state);
    }

    public boolean isTerminated() {
        return TERMINATED.equals(state);
    }
}
