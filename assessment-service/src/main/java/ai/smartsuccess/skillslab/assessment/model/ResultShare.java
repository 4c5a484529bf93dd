package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A published result: the candidate made the score of one attempt public under {@code shareId}. One per attempt;
 * revoking deletes it. The name is the one chosen when it was (last) shared, so that a later profile change does not
 * alter what was published.
 */
@Entity
@Table(name = "result_shares")
public class ResultShare extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "share_id")
    public String shareId;

    @Column(name = "user_id")
    public String userId;

    /** {@link NameDisplay#value()}. */
    @Column(name = "name_display")
    public String nameDisplay;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "shared_at")
    public OffsetDateTime sharedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public NameDisplay display() {
        return NameDisplay.of(nameDisplay).orElse(NameDisplay.HIDDEN);
    }

    /** Shares again: the share id stays, the name follows the new choice. */
    public void rename(NameDisplay display, String name, OffsetDateTime now) {
        this.nameDisplay = display.value();
        this.displayName = name;
        this.updatedAt = now;
    }
}
