package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.gateway.model.UserProfile;
import ai.smartsuccess.skillslab.gateway.repository.PlanChangeRepository;
import ai.smartsuccess.skillslab.gateway.repository.UserProfileRepository;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.plans.PlanSettings;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's profile: created on first sight from the token, kept in step with it afterwards, updated by the user,
 * and anonymized when they delete their account.
 */
@ApplicationScoped
public class ProfileService {

    public record Subscription(String plan, String status) {}

    public record Company(String name, String size, String industry) {}

    /** The shape of {@code GET /api/auth/me}: {@code name} is the display name, first and last name kept apart. */
    public record Me(
            String id,
            String email,
            String name,
            String firstName,
            String lastName,
            String userType,
            Subscription subscription,
            Company company,
            OffsetDateTime createdAt) {}

    private final UserProfileRepository profiles;
    private final AccountService accounts;
    private final DeletionAnnouncer announcer;
    private final PlanChangeRepository planChanges;
    private final PlanSettings plans;
    private final AuditTrail audit;
    private final AuditLog auditLog;

    ProfileService(
            UserProfileRepository profiles,
            AccountService accounts,
            DeletionAnnouncer announcer,
            PlanChangeRepository planChanges,
            PlanSettings plans,
            AuditTrail audit,
            AuditLog auditLog) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.announcer = announcer;
        this.planChanges = planChanges;
        this.plans = plans;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    @WithTransaction
    public Uni<Me> me(Caller caller) {
        return profiles.findById(caller.subject())
                .flatMap(existing -> {
                    refuseDeleted(existing);
                    UserProfile profile = existing != null ? existing : newProfile(caller, plans.startingPlan());
                    String previousType = profile.userType;
                    syncFromToken(profile, caller);
                    Uni<UserProfile> saved = existing != null ? Uni.createFrom().item(profile) : created(profile);
                    return saved.call(ignored -> roleChanged(profile.subject, previousType, profile.userType));
                })
                .map(ProfileService::toMe);
    }

    /** Updates Keycloak first (the source of the token's claims), then the profile. */
    public Uni<Me> update(Caller caller, ProfileUpdate update) {
        validate(caller, update);
        return me(caller)
                .flatMap(ignored -> OnContext.blocking(() -> {
                    accounts.update(caller.subject(), update);
                    return true;
                }))
                .flatMap(ignored -> applyUpdate(caller, update));
    }

    private Uni<Me> applyUpdate(Caller caller, ProfileUpdate update) {
        return Panache.withTransaction(() -> profiles.findById(caller.subject()).map(profile -> {
            PersonName names = new PersonName(
                    update.firstName() != null ? update.firstName() : profile.firstName,
                    update.lastName() != null ? update.lastName() : profile.lastName);
            profile.firstName = names.first();
            profile.lastName = names.last();
            profile.name = names.display();
            if (update.companyName() != null)
                profile.companyName = update.companyName().strip();
            if (update.companySize() != null) profile.companySize = update.companySize();
            if (update.companyIndustry() != null) profile.companyIndustry = update.companyIndustry();
            profile.updatedAt = OffsetDateTime.now();
            return toMe(profile);
        }));
    }

    /**
     * Deletes the account: the Keycloak user goes (no more sign-ins), the profile is anonymized, and the other services
     * are told to erase what they hold about the person (a business keeps anonymized records of its candidates).
     */
    public Uni<Void> delete(Caller caller) {
        AuditRecorded deleted = audit.success(
                "account.deleted", "account", caller.subject(), Map.of("userType", String.valueOf(caller.userType())));
        return me(caller)
                .flatMap(ignored -> OnContext.blocking(() -> {
                    accounts.delete(caller.subject());
                    return true;
                }))
                .flatMap(ignored -> anonymize(caller, deleted))
                .flatMap(ignored -> announcer.announcePending());
    }

    private Uni<Void> anonymize(Caller caller, AuditRecorded deleted) {
        return Panache.withTransaction(() -> profiles.findById(caller.subject())
                .invoke(profile -> {
                    OffsetDateTime now = OffsetDateTime.now();
                    profile.email = "deleted-" + profile.subject + "@deleted.invalid";
                    profile.name = "Deleted user";
                    profile.firstName = null;
                    profile.lastName = null;
                    profile.subscriptionStatus = "cancelled";
                    if (!"business".equals(profile.userType)) {
                        profile.companyName = null;
                        profile.companySize = null;
                        profile.companyIndustry = null;
                    }
                    profile.deletedAt = now;
                    profile.updatedAt = now;
                })
                .call(ignored -> auditLog.append(deleted))
                .replaceWithVoid());
    }

    /**
     * A realm role that differs from the one the profile had: someone changed it in Keycloak (there is no other way to
     * change it). Recorded when the gateway first sees the new role, with Keycloak as the actor, since the token does
     * not tell who changed it.
     */
    private Uni<Void> roleChanged(String subject, String previous, String current) {
        if (previous == null || previous.equals(current)) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("previousRole", previous);
        details.put("role", String.valueOf(current));
        return auditLog.append(AuditTrail.bySystem(
                        "keycloak",
                        null,
                        null,
                        "account.role-changed",
                        "account",
                        subject,
                        AuditRecorded.SUCCESS,
                        Instant.now(),
                        null,
                        null,
                        details))
                .replaceWithVoid();
    }

    /** A new profile; a business account's starting plan is recorded with it, so PlanAnnouncer announces it. */
    private Uni<UserProfile> created(UserProfile profile) {
        Uni<UserProfile> saved = profiles.persist(profile);
        if (!"business".equals(profile.userType)) {
            return saved;
        }
        return saved.call(ignored -> planChanges.persist(
                PlanService.record(profile.subject, profile.subscriptionPlan, null, null, profile.createdAt)));
    }

    private static void validate(Caller caller, ProfileUpdate update) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (update.firstName() != null && update.firstName().isBlank()) {
            errors.add(new InvalidInputException.FieldError("firstName", "must not be blank"));
        }
        if (update.lastName() != null && update.lastName().isBlank()) {
            errors.add(new InvalidInputException.FieldError("lastName", "must not be blank"));
        }
        AccountRules.nameViolation("firstName", update.firstName()).ifPresent(errors::add);
        AccountRules.nameViolation("lastName", update.lastName()).ifPresent(errors::add);
        boolean business = "business".equals(caller.userType());
        boolean touchesCompany =
                update.companyName() != null || update.companySize() != null || update.companyIndustry() != null;
        if (touchesCompany && !business) {
            errors.add(new InvalidInputException.FieldError("companyName", "is only for business accounts"));
        }
        if (update.companyName() != null && update.companyName().isBlank()) {
            errors.add(new InvalidInputException.FieldError("companyName", "must not be blank"));
        }
        AccountRules.nameViolation("companyName", update.companyName()).ifPresent(errors::add);
        if (update.companySize() != null && !AccountRules.COMPANY_SIZES.contains(update.companySize())) {
            errors.add(new InvalidInputException.FieldError(
                    "companySize", "must be one of " + String.join(", ", AccountRules.COMPANY_SIZES)));
        }
        if (update.companyIndustry() != null && !AccountRules.INDUSTRIES.contains(update.companyIndustry())) {
            errors.add(new InvalidInputException.FieldError(
                    "companyIndustry", "must be one of " + String.join(", ", AccountRules.INDUSTRIES)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The profile update is invalid.", errors);
        }
    }

    private static void refuseDeleted(UserProfile profile) {
        if (profile != null && profile.deletedAt != null) {
            throw new NotFoundException("This account was deleted.");
        }
    }

    /** A business account starts on the configured plan ({@code skillslab.plans.default-plan}), anyone else on free. */
    private static UserProfile newProfile(Caller caller, Plan businessPlan) {
        UserProfile profile = new UserProfile();
        profile.subject = caller.subject();
        profile.createdAt = OffsetDateTime.now();
        profile.subscriptionPlan = "business".equals(caller.userType()) ? businessPlan.value() : Plan.FREE.value();
        profile.subscriptionStatus = "active";
        return profile;
    }

    /**
     * Keeps what the identity provider decides in step with the token: email and account type always. Names and
     * company details come from the token only while the profile has none, so an older token still in use after a
     * profile update cannot undo it.
     */
    private static void syncFromToken(UserProfile profile, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        profile.email = caller.email();
        profile.userType = caller.userType();
        if (profile.firstName == null && profile.lastName == null) {
            // A new profile, or one from before names were kept apart: the identity provider has them apart.
            PersonName names = PersonName.of(caller);
            profile.firstName = names.first();
            profile.lastName = names.last();
        }
        if (profile.name == null || profile.name.isBlank()) {
            profile.name = displayName(caller);
        }
        if (profile.companyName == null
                && caller.companyName() != null
                && !caller.companyName().isBlank()) {
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
                profile.firstName,
                profile.lastName,
                profile.userType,
                new Subscription(profile.subscriptionPlan, profile.subscriptionStatus),
                company,
                profile.createdAt);
    }
}
