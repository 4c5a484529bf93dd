package ai.smartsuccess.skillslab.plans;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A business account's plan, copied from the gateway's latest PlanChanged. */
@Entity
@Table(name = "owner_plans")
public class OwnerPlan extends PanacheEntityBase {

    @Id
    @Column(name = "owner_id")
    public String ownerId;

    public String plan;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
