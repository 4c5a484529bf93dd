package ai.smartsuccess.skillslab.gateway.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A plan a business account was put on, and the outbox row of its PlanChanged event. */
@Entity
@Table(name = "plan_changes")
public class PlanChange extends PanacheEntityBase {

    /** Also the event's id, so that a republished event is recognized downstream. */
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "user_id")
    public String userId;

    public String plan;

    /** Null when this is the plan the account started on. */
    @Column(name = "previous_plan")
    public String previousPlan;

    /** The operator who changed it; null for the plan an account started on. */
    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** When Kafka acknowledged the event; null until then. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
