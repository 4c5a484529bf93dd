package ai.smartsuccess.skillslab.assessment.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service's public API, called with the candidate's own token so that its visibility rules apply. */
@RegisterRestClient(configKey = "task-service")
@Path("/api/tasks")
public interface TaskServiceApi {

    @GET
    @Path("/{id}")
    Uni<TaskDetailResponse> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
