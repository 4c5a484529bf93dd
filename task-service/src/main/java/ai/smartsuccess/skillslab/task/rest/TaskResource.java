package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.task.repository.TaskRepository.TaskQuery;
import ai.smartsuccess.skillslab.task.service.PublishInput;
import ai.smartsuccess.skillslab.task.service.TaskInput;
import ai.smartsuccess.skillslab.task.service.TaskService;
import ai.smartsuccess.skillslab.task.service.TaskViews.DeleteOutcome;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskDetailView;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskPage;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The task API of the product. Only people use it (individuals, businesses, admins); services use /internal. */
@Path("/api/tasks")
@RolesAllowed({"individual", "business", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "List the tasks the caller may take: default, public, their own and those they were invited to")
    public Uni<TaskPage> list(
            @QueryParam("type") String type,
            @QueryParam("difficulty") String difficulty,
            @QueryParam("isDefault") Boolean isDefault,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return tasks.list(caller.get(), new TaskQuery(type, difficulty, isDefault), limit, offset);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One task with its files and evaluation config (hidden test files only for its creator)")
    public Uni<TaskDetailView> get(@PathParam("id") UUID id) {
        return tasks.get(caller.get(), id);
    }

    @POST
    @RolesAllowed({"business", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a custom task; without an evaluationConfig it gets the default config of its type")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> create(TaskInput input) {
        return tasks.create(caller.get(), input)
                .map(created -> Response.created(
                                URI.create("/api/tasks/" + created.task().id()))
                        .entity(created)
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"business", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of the caller's own task; fields left out keep their values")
    public Uni<TaskDetailView> update(@PathParam("id") UUID id, TaskInput input) {
        return tasks.update(caller.get(), id, input);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"business", "admin"})
    @Operation(
            summary = "Delete the caller's own task; a task that assessments refer to is archived instead",
            description = "Answers 204 either way; header Skills-Lab-Task-Outcome says deleted or archived.")
    @APIResponse(responseCode = "204", description = "Deleted or archived")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tasks.delete(caller.get(), id)
                .map(outcome -> Response.noContent()
                        .header("Skills-Lab-Task-Outcome", outcome == DeleteOutcome.ARCHIVED ? "archived" : "deleted")
                        .build());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"business", "admin"})
    @Operation(
            summary = "Publish the caller's draft task, optionally setting isPublic",
            description = "Draft tasks are seen only by their creator and admins. Publishing again is harmless;"
                    + " 404 for anyone but the creator, 409 for an archived or incomplete task.")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<TaskDetailView> publish(@PathParam("id") UUID id, PublishInput input) {
        return tasks.publish(caller.get(), id, input);
    }

    /** The same without a body (no Content-Type): the task keeps its isPublic. */
    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"business", "admin"})
    @Operation(hidden = true)
    public Uni<TaskDetailView> publishAsItIs(@PathParam("id") UUID id) {
        return tasks.publish(caller.get(), id, null);
    }

    @POST
    @Path("/{id}/duplicate")
    @RolesAllowed({"business", "admin"})
    @Operation(summary = "A private draft copy of a task the caller can see, owned by the caller")
    @APIResponse(responseCode = "201", description = "Created")
    public Uni<Response> duplicate(@PathParam("id") UUID id) {
        return tasks.duplicate(caller.get(), id)
                .map(created -> Response.created(
                                URI.create("/api/tasks/" + created.task().id()))
                        .entity(created)
                        .build());
    }
}
