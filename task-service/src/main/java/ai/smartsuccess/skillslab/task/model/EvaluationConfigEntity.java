package ai.smartsuccess.skillslab.task.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How a task is scored: one per task, the whole config in one JSON document. */
@Entity
@Table(name = "evaluation_configs")
public class EvaluationConfigEntity extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @JdbcTypeCode(SqlTypes.JSON)
    public EvaluationConfigDocument config;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
