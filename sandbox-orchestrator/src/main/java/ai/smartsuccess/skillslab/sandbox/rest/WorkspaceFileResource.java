package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileContent;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileList;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileMoved;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileWritten;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.MoveFileRequest;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.WriteFileRequest;
import ai.smartsuccess.skillslab.sandbox.service.WorkspaceService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The candidate's workspace files (through the gateway, with the candidate's token; owner only). */
@Path("/api/assessments/{id}/files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceFileResource {

    @Inject
    WorkspaceService workspace;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Every file and directory of the workspace, flat and sorted; caches left out")
    public Uni<FileList> list(@PathParam("id") UUID id) {
        return workspace.list(caller.get(), id);
    }

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "A text file's content")
    public Uni<FileContent> read(@PathParam("id") UUID id, @PathParam("path") String path) {
        return workspace.read(caller.get(), id, path);
    }

    @PUT
    @Path("/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a text file, with its parent directories")
    public Uni<FileWritten> write(
            @PathParam("id") UUID id, @PathParam("path") String path, @Valid @NotNull WriteFileRequest request) {
        return workspace.write(caller.get(), id, path, request.content());
    }

    @PATCH
    @Path("/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or move a file or directory")
    public Uni<FileMoved> move(
            @PathParam("id") UUID id, @PathParam("path") String path, @Valid @NotNull MoveFileRequest request) {
        return workspace.move(caller.get(), id, path, request.newPath());
    }

    @DELETE
    @Path("/{path: .+}")
    @Operation(summary = "Delete a file or a directory with its content")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("path") String path) {
        return workspace
                .delete(caller.get(), id, path)
                .replaceWith(Response.noContent().build());
    }
}
