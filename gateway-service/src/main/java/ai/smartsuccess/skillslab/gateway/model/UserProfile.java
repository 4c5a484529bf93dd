package ai.smartsuccess.skillslab.gateway.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person as the platform knows them, keyed by the identity provider's subject. */
@Entity
@Table(name = "user_profiles")
public class UserProfile extends PanacheEntityBase {

    @Id
    public String subject;

    public String email;

    /** The display name: first and last name joined. */
    public String name;

    /** Kept apart because a first or last name may have several words; null only until the person is seen again. */
    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** {@code individual}, {@code business} or {@code admin}; follows the realm role in the token. */
    @Column(name = "user_type")
    public String userType;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "company_size")
    public String companySize;

    @Column(name = "company_industry")
    public String companyIndustry;

    @Column(name = "subscription_plan")
    public String subscriptionPlan;

    @Column(name = "subscription_status")
    public String subscriptionStatus;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;

    /** Set when the person deleted their account; the row is anonymized and kept only to announce the deletion. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deletion_announced_at")
    public OffsetDateTime deletionAnnouncedAt;
}
