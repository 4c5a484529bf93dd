package ai.smartsuccess.skillslab.assessment.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The sandbox orchestrator's internal API, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "sandbox")
@OidcClientFilter
@Path("/internal/sandboxes")
public interface SandboxInternalApi {

    @POST
    Uni<SandboxDtos.Provisioned> provision(SandboxDtos.ProvisionRequest request);

    @POST
    @Path("/{assessmentId}/finalize")
    Uni<SandboxDtos.Finalized> finalizeSession(@PathParam("assessmentId") UUID assessmentId);

    /** Destroys the sandbox without finalizing it; idempotent (204 for one that is already gone). */
    @DELETE
    @Path("/{assessmentId}")
    Uni<Void> destroy(@PathParam("assessmentId") UUID assessmentId);
}
