package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.task.service.PlanLimits;
import ai.smartsuccess.skillslab.task.service.PlanLimits.Usage;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How much of its plan's task limit a business uses (the gateway's {@code GET /api/business/plan} asks). */
@Path("/api/tasks/plan-usage")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class PlanUsageResource {

    private final PlanLimits limits;
    private final CurrentCaller caller;

    PlanUsageResource(PlanLimits limits, CurrentCaller caller) {
        this.limits = limits;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The caller's active custom tasks and how many their plan allows",
            description = "limit is activeTasks: the caller's own tasks that are not archived, drafts included. plan is"
                    + " the plan this service enforces (the latest PlanChanged, else skillslab.plans.default-plan).")
    public Uni<Usage> usage() {
        return limits.usageOf(caller.get());
    }
}
