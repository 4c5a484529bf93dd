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

/**
 * An in-app notification. Its text is written when it is read, from the kind and the facts kept here, so that erasing
 * the candidate it is about ({@link #subjectName}) leaves a notice that no longer names them.
 */
@Entity
@Table(name = "notifications")
public class InboxNotification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Whose notification this is: only they ever see it. */
    @Column(name = "user_id")
    public String userId;

    /** A {@link NoticeKind} key. */
    public String kind;

    /** The event that caused it: a redelivered event adds nothing. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "subject_user_id")
    public String subjectUserId;

    /** The candidate's name (or address), null once they deleted their account. */
    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** Facts of the kind, such as the score and level of {@code candidate.scored}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    /** Where the web app shows more, a path such as {@code /results/<assessmentId>}. */
    public String link;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    public void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
