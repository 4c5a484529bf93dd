package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.platform.security.InternalRoles;
import ai.smartsuccess.skillslab.sandbox.model.FinalizeResult;
import ai.smartsuccess.skillslab.sandbox.service.FinalizeService;
import ai.smartsuccess.skillslab.sandbox.service.ProvisioningService;
import ai.smartsuccess.skillslab.sandbox.service.SandboxLifecycleService;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.ProvisionRequest;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For assessment-service only (role sandbox:provision); the gateway never routes {@code /internal}. */
@Path("/internal/sandboxes")
@RolesAllowed(InternalRoles.SANDBOX_PROVISION)
@Produces(MediaType.APPLICATION_JSON)
public class InternalSandboxResource {

    @Inject
    ProvisioningService provisioning;

    @Inject
    FinalizeService finalizing;

    @Inject
    SandboxLifecycleService lifecycle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the sandbox of an assessment (201), or return the existing one (200)")
    public Uni<Response> provision(@Valid @NotNull ProvisionRequest request) {
        return provisioning
                .provision(request)
                .map(result -> Response.status(result.created() ? 201 : 200)
                        .entity(result.sandbox())
                        .build());
    }

    @POST
    @Path("/{assessmentId}/finalize")
    @Operation(
            summary = "Snapshot the workspace to S3, run the hidden tests, destroy the sandbox; a repeat returns the"
                    + " stored result")
    public Uni<FinalizeResult> finalize(@PathParam("assessmentId") UUID assessmentId) {
        return finalizing.finalize(assessmentId);
    }

    @DELETE
    @Path("/{assessmentId}")
    @Operation(summary = "Destroy the sandbox without finalizing it (idempotent)")
    public Uni<Response> destroy(@PathParam("assessmentId") UUID assessmentId) {
        return lifecycle.destroy(assessmentId).replaceWith(Response.noContent().build());
    }
}
