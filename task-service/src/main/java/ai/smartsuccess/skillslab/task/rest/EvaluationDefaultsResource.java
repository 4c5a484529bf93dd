package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.service.EvaluationRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The evaluation config each task type gets when its creator sets none, so that the task editor starts from the
 * server's defaults instead of keeping a copy of them.
 */
@Path("/api/tasks/evaluation-defaults")
@RolesAllowed({"business", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationDefaultsResource {

    @GET
    @Operation(summary = "The default evaluation config of every task type, keyed by task type")
    public Map<String, EvaluationConfigDocument> defaults() {
        return EvaluationRules.defaultsByTaskType();
    }
}
