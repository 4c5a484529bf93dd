package ai.smartsuccess.skillslab.platform.security;

import java.util.Set;

/**
 * Who is asking, as the verified access token says. Services decide on this, never on anything the client claims.
 * Claims a token does not carry are null. Company claims are set by the platform through Keycloak's admin API only
 * (users cannot edit them). The identity provider keeps first and last name apart ({@code given_name},
 * {@code family_name}); {@code name} is only their display form.
 *
 * @param emailVerified whether the identity provider verified {@code email} (claim {@code email_verified})
 * @param name the {@code name} claim as the token has it (see {@link #displayName()})
 * @param preferredUsername the {@code preferred_username} claim
 * @param companyName a business account's company (claim {@code company_name}), else null
 * @param accessToken the raw token, forwarded to other services on the caller's behalf
 */
public record Caller(
        String subject,
        String email,
        boolean emailVerified,
        String name,
        String preferredUsername,
        String givenName,
        String familyName,
        Set<String> roles,
        String companyName,
        String companySize,
        String companyIndustry,
        String accessToken) {

    /** A caller known by subject and roles only. */
    public Caller(String subject, Set<String> roles) {
        this(subject, null, roles);
    }

    public Caller(String subject, String email, Set<String> roles) {
        this(subject, email, false, null, null, null, null, roles, null, null, null, null);
    }

    /** A caller with the profile and company claims of a token. */
    public Caller(
            String subject,
            String email,
            String name,
            String givenName,
            String familyName,
            Set<String> roles,
            String companyName,
            String companySize,
            String companyIndustry) {
        this(
                subject,
                email,
                false,
                name,
                null,
                givenName,
                familyName,
                roles,
                companyName,
                companySize,
                companyIndustry,
                null);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isBusiness() {
        return roles.contains("business");
    }

    /** {@code admin}, {@code business} or {@code individual}, from the realm roles. */
    public String userType() {
        if (isAdmin()) {
            return "admin";
        }
        return isBusiness() ? "business" : "individual";
    }

    /** The name to show: {@code name}, else {@code preferred_username}, else "Candidate". */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return preferredUsername != null ? preferredUsername : "Candidate";
    }

    public String bearer() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        // Never print the token.
        return "Caller[" + subject + "]";
    }
}
