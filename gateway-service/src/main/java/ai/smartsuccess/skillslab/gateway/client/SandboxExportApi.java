package ai.smartsuccess.skillslab.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * sandbox-orchestrator's ZIP of the files a person wrote ({@code <assessmentId>/<path>} and {@code manifest.json}),
 * asked for with the person's own token.
 */
@RegisterRestClient(configKey = "sandbox-orchestrator")
@Path("/api/sandbox/export")
public interface SandboxExportApi {
    @GET
    @Produces("application/zip")
    Uni<byte[]> export(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
