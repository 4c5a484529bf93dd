package ai.smartsuccess.skillslab.sandbox.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service's internal API, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "task-service")
@OidcClientFilter
@Path("/internal/tasks")
public interface TaskServiceApi {

    @GET
    @Path("/{id}/bundle")
    Uni<TaskBundle> bundle(@PathParam("id") UUID taskId);
}
