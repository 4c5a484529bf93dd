package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.sandbox.service.RunService;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunRequest;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunResult;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunStatus;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The workspace's Run tab (through the gateway, with the candidate's token; owner only). */
@Path("/api/assessments/{id}/run")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    RunService runs;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a shell command in the session's sandbox, with a time limit and capped output")
    public Uni<RunResult> run(@PathParam("id") UUID id, @Valid @NotNull RunRequest request) {
        return runs.run(caller.get(), id, request.command());
    }

    @GET
    @Operation(summary = "The time limit of a run, and whether one of the session's runs is under way")
    public Uni<RunStatus> status(@PathParam("id") UUID id) {
        return runs.status(caller.get(), id);
    }

    @POST
    @Path("/stop")
    @Operation(
            summary = "Stop the session's running commands (not the terminal)",
            description = "Kills each with its whole process group; their pending requests answer with stopped=true."
                    + " 204 also when nothing runs.")
    @APIResponse(responseCode = "204", description = "Stopped, or nothing was running")
    public Uni<Response> stop(@PathParam("id") UUID id) {
        return runs.stop(caller.get(), id).map(ignored -> Response.noContent().build());
    }
}
