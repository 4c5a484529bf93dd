package ai.smartsuccess.skillslab.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;
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

    /** The caller of an identity outside the REST layer (a WebSocket, a plain Vert.x route). */
    public static Caller from(SecurityIdentity identity, JsonWebToken token) {
        return new Caller(
                token.getSubject(),
                token.getClaim("email"),
                verified(token),
                token.getClaim("name"),
                token.getClaim("preferred_username"),
                token.getClaim("given_name"),
                token.getClaim("family_name"),
                identity.getRoles(),
                token.getClaim("company_name"),
                token.getClaim("company_size"),
                token.getClaim("company_industry"),
                token.getRawToken());
    }

    private static boolean verified(JsonWebToken token) {
        Object claim = token.getClaim("email_verified");
        if (claim instanceof Boolean b) {
            return b;
        }
        if (claim instanceof JsonValue value) {
            return value == JsonValue.TRUE;
        }
        return claim != null && "true".equalsIgnoreCase(claim.toString());
    }
}
