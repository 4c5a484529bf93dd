package ai.smartsuccess.skillslab.assessment.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service's internal API, called with this service's own client-credentials token: any task, whoever sees it. */
@RegisterRestClient(configKey = "task-service")
@OidcClientFilter
@Path("/internal/tasks")
public interface TaskInternalApi {

    @GET
    @Path("/{id}")
    Uni<TaskDetailResponse> get(@PathParam("id") UUID id);
}
