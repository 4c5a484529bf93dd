package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.task.repository.TaskRepository.TaskQuery;
import ai.smartsuccess.skillslab.task.service.TaskService;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskDetailView;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskPage;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "List the tasks the caller may take: default, public and their own")
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
    @Operation(summary = "One task with its starter files and evaluation config")
    public Uni<TaskDetailView> get(@PathParam("id") UUID id) {
        return tasks.get(caller.get(), id);
    }
}
