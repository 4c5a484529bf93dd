package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.task.service.TaskFileService;
import ai.smartsuccess.skillslab.task.service.TaskFileService.Upload;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskFileList;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/tasks/{id}/files")
@RolesAllowed({"individual", "business", "admin"})
public class TaskFileResource {

    @Inject
    TaskFileService files;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The task's files (hidden test files only for its creator and admins) and the size limits")
    public Uni<TaskFileList> list(@PathParam("id") UUID id) {
        return files.list(caller.get(), id);
    }

    @POST
    @RolesAllowed({"business", "admin"})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Upload a file to the caller's own task",
            description = "Multipart fields: file; path (relative, default the file's name); visibility (starter or"
                    + " hidden, default starter; hidden files live under hidden_tests/). A file at the same path is"
                    + " replaced.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Replaced the file at that path")
    public Uni<Response> upload(
            @PathParam("id") UUID id,
            @RestForm("file") FileUpload file,
            @RestForm("path") String path,
            @RestForm("visibility") String visibility) {
        Upload upload = file == null
                ? new Upload(path, visibility, null, null, 0)
                : new Upload(path, visibility, file.fileName(), file.uploadedFile(), file.size());
        return files.upload(caller.get(), id, upload)
                .map(stored -> (stored.replaced()
                                ? Response.ok()
                                : Response.created(URI.create("/api/tasks/" + id + "/files/"
                                        + stored.file().id())))
                        .entity(stored.file())
                        .type(MediaType.APPLICATION_JSON)
                        .build());
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one file of the task")
    public Uni<Response> download(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return files.download(caller.get(), id, fileId).map(content -> {
            String name = content.path().substring(content.path().lastIndexOf('/') + 1);
            String safeName = name.replaceAll("[^A-Za-z0-9._-]", "_");
            String type =
                    content.mimeType().startsWith("text/") || content.mimeType().startsWith("application/")
                            ? content.mimeType() + "; charset=utf-8"
                            : content.mimeType();
            return Response.ok(content.content())
                    .type(type)
                    .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store")
                    .build();
        });
    }

    @DELETE
    @Path("/{fileId}")
    @RolesAllowed({"business", "admin"})
    @Operation(summary = "Delete one file of the caller's own task")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return files.delete(caller.get(), id, fileId)
                .map(ignored -> Response.noContent().build());
    }
}
