package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.PlanService;
import ai.smartsuccess.skillslab.gateway.service.PlanService.PlanUsage;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The business's plan for its dashboard (the rest of {@code /api/business} belongs to assessment-service). */
@Path("/business/plan")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessPlanResource {

    private final PlanService plans;
    private final CurrentCaller caller;

    BusinessPlanResource(PlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The caller's plan, its limits and how much of them is used",
            description =
                    "activeTasks: custom tasks not archived (task-service); invitationsThisMonth: invitations sent"
                            + " this calendar month in UTC (assessment-service); seats: business accounts of the same company"
                            + " (reported, not enforced: there is no way yet to join a company's account). A used value is"
                            + " null while the service that counts it does not answer.")
    public Uni<PlanUsage> plan() {
        return plans.usage(caller.get());
    }
}
