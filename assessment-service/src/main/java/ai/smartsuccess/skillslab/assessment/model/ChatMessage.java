package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One turn of a session's AI chat. */
@Entity
@Table(name = "chat_messages")
public class ChatMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** {@code user} or {@code assistant}. */
    public String role;

    public String content;
    public String model;
    public String provider;

    @Column(name = "request_id")
    public UUID requestId;

    public boolean complete;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
