package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.model.UserProfile;
import ai.smartsuccess.skillslab.gateway.repository.UserProfileRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** The caller's profile: created on first sight from the token, kept in step with it afterwards. */
@ApplicationScoped
public class ProfileService {

    public record Subscription(String plan, String status) {}

    public record Company(String name, String size, String industry) {}

    /** The shape of {@code GET /api/auth/me}. */
    public record Me(
            String id, String email, String name, String userType, Subscription subscription, Company company) {}

    private final UserProfileRepository profiles;

    ProfileService(UserProfileRepository profiles) {
        this.profiles = profiles;
    }

    @WithTransaction
    public Uni<Me> me(Caller caller) {
        return profiles.findById(caller.subject())
                .flatMap(existing -> {
                    UserProfile profile = existing != null ? existing : newProfile(caller);
                    syncFromToken(profile, caller);
                    return existing != null ? Uni.createFrom().item(profile) : profiles.persist(profile);
                })
                .map(ProfileService::toMe);
    }

    private static UserProfile newProfile(Caller caller) {
        UserProfile profile = new UserProfile();
        profile.subject = caller.subject();
        profile.createdAt = OffsetDateTime.now();
        profile.subscriptionPlan = "business".equals(caller.userType()) ? "business" : "free";
        profile.subscriptionStatus = "active";
        return profile;
    }

    private static void syncFromToken(UserProfile profile, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        profile.email = caller.email();
        profile.name = displayName(caller);
        profile.userType = caller.userType();
        if (caller.companyName() != null && !caller.companyName().isBlank()) {
            profile.companyName = caller.companyName();
            profile.companySize = caller.companySize();
            profile.companyIndustry = caller.companyIndustry();
        }
        profile.updatedAt = now;
        profile.lastLoginAt = now;
    }

    /** The design's fallback when a provider gives no name (defect J72: never an empty name). */
    static String displayName(Caller caller) {
        if (caller.name() != null && !caller.name().isBlank()) {
            return caller.name().strip();
        }
        return "User";
    }

    private static Me toMe(UserProfile profile) {
        Company company = profile.companyName == null
                ? null
                : new Company(profile.companyName, profile.companySize, profile.companyIndustry);
        return new Me(
                profile.subject,
                profile.email,
                profile.name,
                profile.userType,
                new Subscription(profile.subscriptionPlan, profile.subscriptionStatus),
                company);
    }
}
