package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An account that was deleted: nothing more is learnt about it nor sent to it. Its id only. */
@Entity
@Table(name = "forgotten_users")
public class ForgottenUser extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "forgotten_at")
    public OffsetDateTime forgottenAt;
}
