package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.sandbox.service.Caller;
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
        return new Caller(token.getSubject(), identity.getRoles());
    }
}
