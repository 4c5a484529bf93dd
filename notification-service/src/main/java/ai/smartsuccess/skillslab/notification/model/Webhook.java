package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A business's endpoint for the events it subscribed to, signed with a secret only the business and we know. */
@Entity
@Table(name = "webhooks")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    public String url;

    /** {@link NoticeKind} keys. */
    @Convert(converter = EventsColumn.class)
    public List<String> events;

    /** The signing secret, AES-256-GCM encrypted and bound to owner and webhook; never logged nor shown again. */
    @Column(name = "secret_cipher")
    public byte[] secretCipher;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The event types as one column, comma-separated (they never contain a comma). */
    @Converter
    public static class EventsColumn implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> events) {
            return events == null ? null : String.join(",", events);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
        }
    }
}
