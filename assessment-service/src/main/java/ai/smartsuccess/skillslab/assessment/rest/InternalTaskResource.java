package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.AssessmentService;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.AssessmentCount;
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

/** What task-service asks about its tasks; callers authenticate with their own client-credentials token. */
@Path("/internal/tasks")
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
public class InternalTaskResource {

    @Inject
    AssessmentService assessments;

    @GET
    @Path("/{taskId}/assessment-count")
    @Operation(
            summary = "How many assessments (any status) refer to a task",
            description = "task-service asks before deleting a task: one with assessments is archived instead.")
    public Uni<AssessmentCount> assessmentCount(@PathParam("taskId") UUID taskId) {
        return assessments.countForTask(taskId);
    }
}
