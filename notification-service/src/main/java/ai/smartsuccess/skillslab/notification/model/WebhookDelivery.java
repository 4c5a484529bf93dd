package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event sent to one webhook, retried with backoff until it is delivered or its attempts run out. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends PanacheEntityBase {

    /**
     * {@code pending} → {@code delivered} when an attempt is answered with 2xx; {@code pending} → {@code failed} when
     * the last allowed attempt fails, or when the candidate it is about deleted their account; otherwise it stays
     * {@code pending} for its next attempt. Delivered and failed are final.
     */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status of(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }

        /** The status after an attempt, the {@code attempt}-th of at most {@code maxAttempts}. */
        public Status afterAttempt(boolean succeeded, int attempt, int maxAttempts) {
            if (this != PENDING) {
                throw new IllegalStateException("a " + value() + " delivery is not attempted again");
            }
            if (succeeded) {
                return DELIVERED;
            }
            return attempt >= maxAttempts ? FAILED : PENDING;
        }

        /** A pending delivery given up without an attempt (its subject was erased). */
        public Status abandoned() {
            if (this != PENDING) {
                throw new IllegalStateException("a " + value() + " delivery is already over");
            }
            return FAILED;
        }
    }

    @jakarta.persistence.Converter
    public static class StatusColumn implements jakarta.persistence.AttributeConverter<Status, String> {
        @Override
        public String convertToDatabaseColumn(Status status) {
            return status == null ? null : status.value();
        }

        @Override
        public Status convertToEntityAttribute(String value) {
            return value == null ? null : Status.of(value);
        }
    }

    @Id
    public UUID id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "event_id")
    public UUID eventId;

    /** A {@link NoticeKind} key, or {@code webhook.test}. */
    @Column(name = "event_type")
    public String eventType;

    /** The candidate the event is about, so that erasing them finds a delivery still waiting. */
    @Column(name = "subject_user_id")
    public String subjectUserId;

    /** The exact JSON sent, kept only while attempts remain. */
    public String body;

    @Convert(converter = StatusColumn.class)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** Gives up a delivery that still waits: its content is erased with the candidate it is about. */
    public void abandon(OffsetDateTime at) {
        status = status.abandoned();
        body = null;
        nextAttemptAt = null;
        completedAt = at;
    }
}
