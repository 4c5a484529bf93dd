package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, from its verified access token. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        return new Caller(
                token.getSubject(),
                token.getClaim("email"),
                token.getClaim("name"),
                token.getClaim("given_name"),
                token.getClaim("family_name"),
                identity.getRoles(),
                token.getClaim("company_name"),
                token.getClaim("company_size"),
                token.getClaim("company_industry"));
    }
}
