package ai.smartsuccess.skillslab.gateway.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored entry of the audit trail. Read only here: entries are inserted by {@code AuditRecordRepository#append}
 * and the table refuses every update and delete (migration V6).
 */
@Entity
@Immutable
@Table(name = "audit_records")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_service")
    public String actorService;

    public String action;

    @Column(name = "target_type")
    public String targetType;

    @Column(name = "target_id")
    public String targetId;

    public String outcome;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "user_agent")
    public String userAgent;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> details;
}
