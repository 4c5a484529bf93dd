package ai.smartsuccess.skillslab.task.service;

import java.util.Set;

/** Who is asking, as the access token says. Services decide on this, never on anything the client claims. */
public record Caller(String subject, String email, Set<String> roles) {

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isBusiness() {
        return roles.contains("business");
    }
}
