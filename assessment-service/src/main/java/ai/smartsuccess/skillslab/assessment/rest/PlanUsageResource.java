package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.PlanLimits;
import ai.smartsuccess.skillslab.assessment.service.PlanLimits.Usage;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How much of its plan's invitation limit a business used this month (the gateway's {@code GET /api/business/plan}). */
@Path("/api/invitations/plan-usage")
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
            summary = "Invitations the caller sent this calendar month (UTC) and how many their plan allows",
            description = "limit is invitationsThisMonth; periodStart is the first instant of the month in UTC. plan is"
                    + " the plan this service enforces (the latest PlanChanged, else skillslab.plans.default-plan).")
    public Uni<Usage> usage() {
        return limits.usageOf(caller.get());
    }
}
