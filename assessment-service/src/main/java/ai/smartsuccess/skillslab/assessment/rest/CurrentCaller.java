package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, from its verified access token. Request scoped, so a resource (a
 * singleton) always sees the caller of the request it is serving.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        return from(identity, token);
    }

    static Caller from(SecurityIdentity identity, JsonWebToken token) {
        return new Caller(
                token.getSubject(),
                token.getClaim("email"),
                verified(token),
                name(token),
                token.getClaim("company_name"),
                identity.getRoles(),
                token.getRawToken());
    }

    private static boolean verified(JsonWebToken token) {
        Object claim = token.getClaim("email_verified");
        if (claim instanceof Boolean b) {
            return b;
        }
        if (claim instanceof jakarta.json.JsonValue value) {
            return value == jakarta.json.JsonValue.TRUE;
        }
        return claim != null && "true".equalsIgnoreCase(claim.toString());
    }

    private static String name(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : "Candidate";
    }
}
