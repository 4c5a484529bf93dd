package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.task.service.TaskBundleService;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskBundle;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Service-to-service endpoints; callers authenticate with their own client-credentials token. */
@Path("/internal/tasks")
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
public class InternalTaskResource {

    @Inject
    TaskBundleService bundles;

    @GET
    @Path("/{id}/bundle")
    @Operation(summary = "Starter files and hidden tests of a task, for the sandbox orchestrator")
    public Uni<TaskBundle> bundle(@PathParam("id") UUID id) {
        return bundles.bundle(id);
    }
}
