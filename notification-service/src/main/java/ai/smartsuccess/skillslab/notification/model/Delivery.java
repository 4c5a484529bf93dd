package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A notification decided on because of one event. */
@Entity
@Table(name = "deliveries")
public class Delivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    /** Decided on and deliberately not sent: a later score of an assessment whose candidate was already told one. */
    public static final String SKIPPED = "skipped";

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    /**
     * {@code score-ready}, {@code scoring-failed}, {@code invitation}, {@code invitation-reminder} (a resend),
     * {@code invitation-expiring} (the reminder before expiry), or a business's notice: {@code business-} and the notice
     * kind ({@code business-candidate.scored}).
     */
    public String kind;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public String recipient;

    /** Whom a business's notice goes to (the address is looked up when it is recorded). */
    @Column(name = "recipient_user_id")
    public String recipientUserId;

    /** The candidate a business's notice is about, so that erasing them finds it. */
    @Column(name = "subject_user_id")
    public String subjectUserId;

    public String subject;

    /** What the message says, captured from the event. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> payload;

    public String status;
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
