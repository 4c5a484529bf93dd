package ai.smartsuccess.skillslab.gateway.repository;

import ai.smartsuccess.skillslab.gateway.model.UserProfile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

@ApplicationScoped
public class UserProfileRepository implements PanacheRepositoryBase<UserProfile, String> {

    /** The business accounts (not deleted) of a company, its name compared without case and outer spaces. */
    public Uni<Long> countCompanySeats(String companyName) {
        return count(
                "userType = 'business' and deletedAt is null and lower(trim(companyName)) = ?1",
                companyName.strip().toLowerCase(Locale.ROOT));
    }
}
