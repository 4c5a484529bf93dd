package ai.smartsuccess.skillslab.gateway.service;

import java.util.Set;

/**
 * Who is asking, from the verified access token: its subject, profile claims and realm roles. Company claims are set
 * by the platform through Keycloak's admin API only (users cannot edit them). The identity provider keeps first and
 * last name apart ({@code given_name}, {@code family_name}); {@code name} is only their display form.
 */
public record Caller(
        String subject,
        String email,
        String name,
        String givenName,
        String familyName,
        Set<String> roles,
        String companyName,
        String companySize,
        String companyIndustry) {

    /** The account type, decided by the realm roles in the token. */
    public String userType() {
        if (roles.contains("admin")) {
            return "admin";
        }
        return roles.contains("business") ? "business" : "individual";
    }
}
