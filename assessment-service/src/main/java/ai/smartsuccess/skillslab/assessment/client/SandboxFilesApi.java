package ai.smartsuccess.skillslab.assessment.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The sandbox's file API, called on the candidate's behalf with their token (the sandbox checks ownership too). */
@RegisterRestClient(configKey = "sandbox")
@Path("/api/assessments/{assessmentId}/files")
public interface SandboxFilesApi {

    @GET
    Uni<SandboxDtos.FileListing> list(
            @PathParam("assessmentId") UUID assessmentId, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** {@code path} is already percent-encoded segment by segment, slashes kept. */
    @GET
    @Path("/{path}")
    Uni<SandboxDtos.FileText> read(
            @PathParam("assessmentId") UUID assessmentId,
            @PathParam("path") @Encoded String path,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** {@code path} is already percent-encoded segment by segment, slashes kept. */
    @PUT
    @Path("/{path}")
    Uni<SandboxDtos.FileWritten> write(
            @PathParam("assessmentId") UUID assessmentId,
            @PathParam("path") @Encoded String path,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            SandboxDtos.FileContent content);
}
