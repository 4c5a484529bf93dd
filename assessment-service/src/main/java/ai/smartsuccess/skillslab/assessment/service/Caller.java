package ai.smartsuccess.skillslab.assessment.service;

import java.util.Set;

/**
 * Who is asking, as the verified access token says. Services decide on this, never on anything the client claims.
 *
 * @param emailVerified whether the identity provider verified {@code email} (claim {@code email_verified})
 * @param companyName a business account's company (claim {@code company_name}), else null
 * @param accessToken the raw token, forwarded to task-service and the sandbox on the caller's behalf
 */
public record Caller(
        String subject,
        String email,
        boolean emailVerified,
        String name,
        String companyName,
        Set<String> roles,
        String accessToken) {

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

    public String bearer() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        // Never print the token.
        return "Caller[" + subject + "]";
    }
}
