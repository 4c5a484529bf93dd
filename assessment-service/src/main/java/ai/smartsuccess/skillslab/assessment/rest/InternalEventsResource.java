package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService.TrackResult;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Service-to-service endpoints; callers authenticate with their own client-credentials token. */
@Path("/internal/assessments")
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
public class InternalEventsResource {

    @Inject
    TrackingService tracking;

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Terminal commands and test runs recorded by the sandbox orchestrator")
    public Uni<TrackResult> events(@PathParam("id") UUID id, byte[] body) {
        return tracking.trackFromSandbox(id, body);
    }
}
