package ai.smartsuccess.skillslab.notification.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What the service knows of someone it notifies: the verified email of their access token (learnt when they call the
 * service), the name and company they send invitations under.
 */
@Entity
@Table(name = "people")
public class Person extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;

    public String email;
    public String name;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
