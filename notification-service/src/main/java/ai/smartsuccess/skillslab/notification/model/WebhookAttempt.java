package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt of a webhook delivery, as the delivery log shows it. */
@Entity
@Table(name = "webhook_attempts")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int attempt;

    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;

    /** The receiver's HTTP status; null when no answer came (refused address, timeout, connection error). */
    @Column(name = "status_code")
    public Integer statusCode;

    public boolean succeeded;

    public String error;

    /** The start of the receiver's answer, never more. */
    @Column(name = "response_excerpt")
    public String responseExcerpt;

    @Column(name = "duration_ms")
    public int durationMs;
}
