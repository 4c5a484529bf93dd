package ai.smartsuccess.skillslab.task.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's internal API, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "assessment-service")
@OidcClientFilter
@Path("/internal/tasks")
@Produces(MediaType.APPLICATION_JSON)
public interface AssessmentServiceApi {

    /** How many assessments (any status) refer to the task. */
    @GET
    @Path("/{taskId}/assessment-count")
    Uni<AssessmentCount> assessmentCount(@PathParam("taskId") UUID taskId);
}
