package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Whether a person wants a kind of notice by email and in the app. A kind without a row is on for both. */
@Entity
@Table(name = "notification_preferences")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;

    /** A {@link NoticeKind} key. */
    @Id
    public String kind;

    public boolean email;

    @Column(name = "in_app")
    public boolean inApp;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The composite key: one row per person and kind. */
    public static class Key implements Serializable {
        public String userId;
        public String kind;

        public Key() {}

        public Key(String userId, String kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }
    }
}
