package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates accounts in Keycloak with the platform's service account: the user, their password, the realm role that
 * makes them an individual or a business, the company attributes (which users cannot edit themselves), and the
 * verification email Keycloak sends through SMTP. All of it or nothing: a failure after the user was created removes
 * the user again.
 *
 * <p>Sign-up never tells whether an address has an account: a new address and a taken one get the same answer, and
 * only the mailbox learns the difference (a verification link, or a notice to the owner with links to sign in and to
 * reset the password). Emails to one address are throttled ({@link AccountMailThrottle}); past the limit the answer is
 * the same and nothing is sent.
 */
@ApplicationScoped
public class AccountService {

    /** The same for every address, whether it was free or had an account. */
    public record SignUpResult(
            @Schema(required = true) String email,

            @Schema(
                    required = true,
                    enumeration = {"individual", "business"})
            String userType,

            @Schema(required = true, description = "What to do next: look in the mailbox")
            String message) {}

    static final String CHECK_YOUR_EMAIL = "Check your email. If the address can be used for a new account, we sent a"
            + " link to verify it; if it already has an account, we sent its owner a way to sign in.";

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    /**
     * The only realm roles the gateway ever gives. Its Keycloak client holds realm-management manage-users, which in
     * Keycloak would let it map any realm role (admin included); this is where that is narrowed to the account types.
     */
    static final Set<String> ASSIGNABLE_ROLES = Set.of("individual", "business");

    private final Keycloak keycloak;
    private final GatewayConfig.Accounts accounts;
    private final String realm;

    private final AccountMailThrottle throttle;
    private final AccountMails mails;

    AccountService(
            Keycloak keycloak,
            GatewayConfig config,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
                    String realm,
            AccountMailThrottle throttle,
            AccountMails mails) {
        this.keycloak = keycloak;
        this.accounts = config.accounts();
        this.realm = realm;
        this.throttle = throttle;
        this.mails = mails;
    }

    /** Blocking: call from a worker thread. */
    public SignUpResult signUp(SignUpRequest request) {
        List<InvalidInputException.FieldError> violations = AccountRules.violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The sign-up form has errors.", violations);
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        RealmResource realmResource = keycloak.realm(realm);
        String userId;
        try (Response response = realmResource.users().create(user(request, email))) {
            if (response.getStatus() == 409) {
                tellTheOwner(realmResource, email, request.returnTo());
                return new SignUpResult(email, request.accountType(), CHECK_YOUR_EMAIL);
            }
            if (response.getStatus() == 400) {
                throw new InvalidInputException(
                        "The identity provider refused these details.",
                        KeycloakRefusals.read(response.readEntity(String.class), "email"));
            }
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            var realmRoles = realmResource.users().get(userId).roles().realmLevel();
            realmRoles.add(List.of(assignableRole(realmRoles.listAvailable(), request.accountType())));
        } catch (RuntimeException e) {
            realmResource.users().delete(userId).close();
            throw e;
        }
        if (throttle.mayMail(email)) {
            sendVerification(realmResource, userId, email, request.returnTo());
        }
        return new SignUpResult(email, request.accountType(), CHECK_YOUR_EMAIL);
    }

    /**
     * Someone signed up with an address that has an account: an unverified one is sent its verification link again
     * (its owner may have lost it), a verified one a notice with links to sign in and to reset the password.
     */
    private void tellTheOwner(RealmResource realmResource, String email, String returnTo) {
        if (!throttle.mayMail(email)) {
            return;
        }
        List<UserRepresentation> found = realmResource.users().searchByEmail(email, true);
        if (found.isEmpty()) {
            return;
        }
        UserRepresentation owner = found.get(0);
        if (!Boolean.TRUE.equals(owner.isEmailVerified())) {
            sendVerification(realmResource, owner.getId(), email, returnTo);
            return;
        }
        try {
            mails.sendSignUpAttempt(email);
        } catch (RuntimeException e) {
            // The answer must not differ from a new address's: a mail failure is logged, never shown.
            LOG.warnf("the sign-up notice to the owner of account %s could not be sent: %s", owner.getId(), e);
        }
    }

    /**
     * Sends the verification email again when the address belongs to an unverified account; silent otherwise. Its link
     * leads back to {@code returnTo} (a path of the web app, or null for the dashboard).
     */
    public void resendVerification(String email, String returnTo) {
        AccountRules.returnToViolation(returnTo).ifPresent(error -> {
            throw new InvalidInputException("The request is invalid.", List.of(error));
        });
        RealmResource realmResource = keycloak.realm(realm);
        String address = email.strip().toLowerCase(Locale.ROOT);
        List<UserRepresentation> found = realmResource.users().searchByEmail(address, true);
        List<UserRepresentation> unverified = found.stream()
                .filter(user -> !Boolean.TRUE.equals(user.isEmailVerified()))
                .toList();
        if (!unverified.isEmpty() && throttle.mayMail(address)) {
            unverified.forEach(user -> sendVerification(realmResource, user.getId(), address, returnTo));
        }
    }

    /**
     * Blocking. Applies a profile update to the Keycloak user (names, and company attributes of a business). Details
     * Keycloak refuses come back as field errors.
     */
    public void update(String userId, ProfileUpdate update) {
        var userResource = keycloak.realm(realm).users().get(userId);
        UserRepresentation user = userResource.toRepresentation();
        if (update.firstName() != null) user.setFirstName(update.firstName().strip());
        if (update.lastName() != null) user.setLastName(update.lastName().strip());
        Map<String, List<String>> attributes =
                new java.util.HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
        if (update.companyName() != null)
            attributes.put("company_name", List.of(update.companyName().strip()));
        if (update.companySize() != null) attributes.put("company_size", List.of(update.companySize()));
        if (update.companyIndustry() != null) attributes.put("company_industry", List.of(update.companyIndustry()));
        user.setAttributes(attributes);
        try {
            userResource.update(user);
        } catch (BadRequestException e) {
            throw new InvalidInputException(
                    "The identity provider refused these details.",
                    KeycloakRefusals.read(e.getResponse().readEntity(String.class), "firstName"));
        }
    }

    /** Blocking. Removes the Keycloak user: no more sign-ins, and their sessions end. Idempotent. */
    public void delete(String userId) {
        try (Response response = keycloak.realm(realm).users().delete(userId)) {
            if (response.getStatus() >= 400 && response.getStatus() != 404) {
                throw new IllegalStateException("Keycloak refused to delete the account: " + response.getStatus());
            }
        }
    }

    /** The account type's realm role among those the user can still get; never a role outside ASSIGNABLE_ROLES. */
    static RoleRepresentation assignableRole(List<RoleRepresentation> available, String accountType) {
        if (!ASSIGNABLE_ROLES.contains(accountType)) {
            throw new IllegalArgumentException("not an account type the gateway may assign: " + accountType);
        }
        return available.stream()
                .filter(role -> accountType.equals(role.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the realm has no role " + accountType));
    }

    private boolean sendVerification(RealmResource realmResource, String userId, String email, String returnTo) {
        try {
            realmResource
                    .users()
                    .get(userId)
                    .sendVerifyEmail(accounts.webClientId(), verifiedRedirect(email, returnTo));
            return true;
        } catch (WebApplicationException e) {
            // The account exists and can ask for the email again; never lose the sign-up over a mail hiccup.
            LOG.warnf("verification email for %s could not be sent: %s", userId, e.getMessage());
            return false;
        }
    }

    /**
     * Where the verification link ends: the web app's sign-in, told that the address is verified, which address to
     * offer (so it is filled in), and where to continue afterwards.
     */
    String verifiedRedirect(String email, String returnTo) {
        StringBuilder url = new StringBuilder(accounts.verifiedRedirectUrl());
        url.append(url.indexOf("?") < 0 ? '?' : '&').append("email=").append(encode(email));
        if (returnTo != null && AccountRules.returnToViolation(returnTo).isEmpty()) {
            url.append("&returnTo=").append(encode(returnTo));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static UserRepresentation user(SignUpRequest request, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(request.firstName().strip());
        user.setLastName(request.lastName().strip());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of("VERIFY_EMAIL"));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(request.password());
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        if ("business".equals(request.accountType())) {
            user.setAttributes(Map.of(
                    "company_name", List.of(request.companyName().strip()),
                    "company_size", List.of(request.companySize()),
                    "company_industry", List.of(request.companyIndustry())));
        }
        return user;
    }
}
