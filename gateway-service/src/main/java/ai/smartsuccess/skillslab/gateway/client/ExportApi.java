package ai.smartsuccess.skillslab.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's copy of a person's data there, asked for with the person's own token. */
@RegisterRestClient(configKey = "assessment-service")
@Path("/api/assessments/export")
public interface ExportApi {
    @GET
    Uni<JsonNode> export(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
