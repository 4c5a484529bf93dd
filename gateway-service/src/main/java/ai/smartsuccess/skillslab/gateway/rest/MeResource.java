package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.ProfileService;
import ai.smartsuccess.skillslab.gateway.service.ProfileService.Me;
import ai.smartsuccess.skillslab.gateway.service.ProfileUpdate;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in user's own account. */
@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The signed-in user's profile (same as GET /api/auth/me)")
    public Uni<Me> get() {
        return profiles.me(caller.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update names, and company details of a business account")
    public Uni<Me> update(@Valid @NotNull ProfileUpdate update) {
        return profiles.update(caller.get(), update);
    }

    @DELETE
    @Operation(summary = "Delete the account: personal data erased or anonymized everywhere")
    public Uni<Response> delete() {
        return profiles.delete(caller.get()).map(ignored -> Response.noContent().build());
    }
}
