package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.platform.security.InternalRoles;
import ai.smartsuccess.skillslab.task.service.TaskBundleService;
import ai.smartsuccess.skillslab.task.service.TaskService;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskBundle;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskDetailView;
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

/**
 * Service-to-service endpoints; callers authenticate with their own client-credentials token and need the role
 * tasks:read-hidden (assessment-service and sandbox-orchestrator have it; the gateway never routes {@code /internal}).
 */
@Path("/internal/tasks")
@RolesAllowed(InternalRoles.TASKS_READ_HIDDEN)
@Produces(MediaType.APPLICATION_JSON)
public class InternalTaskResource {

    @Inject
    TaskBundleService bundles;

    @Inject
    TaskService tasks;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Any task with its starter files and evaluation config, whoever may see it",
            description = "For assessment-service: the snapshot a session is scored with, and the task's access"
                    + " window, activity and attempt limit, which it enforces when an assessment is created.")
    public Uni<TaskDetailView> get(@PathParam("id") UUID id) {
        return tasks.getForService(id);
    }

    @GET
    @Path("/{id}/bundle")
    @Operation(summary = "Starter files and hidden tests of a task, for the sandbox orchestrator")
    public Uni<TaskBundle> bundle(@PathParam("id") UUID id) {
        return bundles.bundle(id);
    }
}
