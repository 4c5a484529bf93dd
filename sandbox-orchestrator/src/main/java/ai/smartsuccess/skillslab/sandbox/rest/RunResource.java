package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunRequest;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunResult;
import ai.smartsuccess.skillslab.sandbox.service.WorkspaceService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/assessments/{id}/run")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    WorkspaceService workspace;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Run a shell command in the session's sandbox, with a time limit and capped output")
    public Uni<RunResult> run(@PathParam("id") UUID id, @Valid @NotNull RunRequest request) {
        return workspace.run(caller.get(), id, request.command());
    }
}
