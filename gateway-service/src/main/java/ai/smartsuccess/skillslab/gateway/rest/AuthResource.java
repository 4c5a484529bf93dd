package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.ProfileService;
import ai.smartsuccess.skillslab.gateway.service.ProfileService.Me;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in user: id, email, name, account type, subscription and company")
    public Uni<Me> me() {
        return profiles.me(caller.get());
    }
}
