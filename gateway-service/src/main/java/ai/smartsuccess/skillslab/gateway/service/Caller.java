package ai.smartsuccess.skillslab.gateway.service;

import java.util.Set;

/**
 * Who is asking, from the verified access token: its subject, profile claims and realm roles. Company claims are set
 * by the platform through Keycloak's admin API only (users cannot edit them).
 */
public record Caller(
        String subject,
        String email,
        String name,
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
