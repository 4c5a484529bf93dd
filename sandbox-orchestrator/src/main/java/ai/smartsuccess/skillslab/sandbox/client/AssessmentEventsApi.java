package ai.smartsuccess.skillslab.sandbox.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's intake for server-recorded tracking events. Blocking: called from the recorder's thread. */
@RegisterRestClient(configKey = "assessment-service")
@OidcClientFilter
@Path("/internal/assessments")
public interface AssessmentEventsApi {

    @POST
    @Path("/{id}/events")
    void post(@PathParam("id") UUID assessmentId, EventBatch batch);

    record EventBatch(List<ServerEvent> events) {}

    /** One tracking event as the server saw it; {@code id} makes redelivery harmless. */
    record ServerEvent(UUID id, String type, Instant timestamp, Map<String, Object> data) {}
}
