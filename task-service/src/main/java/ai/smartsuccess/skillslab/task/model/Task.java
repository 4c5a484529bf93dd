package ai.smartsuccess.skillslab.task.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A task a candidate can take: its brief, limits and how its sandbox runs tests. */
@Entity
@Table(name = "tasks")
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    /** OIDC subject of the business that created it; null for default tasks. */
    @Column(name = "creator_id")
    public String creatorId;

    public String title;
    public String description;

    @Column(name = "task_type")
    public String taskType;

    public String difficulty;

    @Column(name = "time_limit_minutes")
    public int timeLimitMinutes;

    @Column(name = "is_default")
    public boolean isDefault;

    @Column(name = "is_public")
    public boolean isPublic;

    @Column(name = "is_active")
    public boolean isActive;

    /** Set instead of deleting a task that assessments refer to. */
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Column(name = "uses_platform_keys")
    public boolean usesPlatformKeys;

    @Column(name = "access_start_date")
    public OffsetDateTime accessStartDate;

    @Column(name = "access_end_date")
    public OffsetDateTime accessEndDate;

    @Column(name = "max_attempts")
    public Integer maxAttempts;

    /** {@code python} or {@code node}: what the sandbox runs the task's tests with. */
    public String runtime;

    @Column(name = "visible_test_command")
    public String visibleTestCommand;

    /** {@code python-unittest}, {@code node-test} or {@code none}. */
    @Column(name = "hidden_test_runner")
    public String hiddenTestRunner;

    /** A draft is seen only by its creator and admins; see {@link #publish}. */
    @Convert(converter = TaskStatus.DbConverter.class)
    public TaskStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isDraft() {
        return status == TaskStatus.DRAFT;
    }

    /** Draft → published, stamped with the first publication; publishing a published task changes nothing. */
    public void publish(OffsetDateTime now) {
        if (status != TaskStatus.PUBLISHED) {
            status = TaskStatus.PUBLISHED;
            publishedAt = now;
            updatedAt = now;
        }
    }
}
