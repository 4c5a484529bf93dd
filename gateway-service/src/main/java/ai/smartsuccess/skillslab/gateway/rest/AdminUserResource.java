package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.PlanService;
import ai.smartsuccess.skillslab.gateway.service.PlanService.PlanAssignment;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators' management of accounts. */
@Path("/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    /** @param plan {@code free}, {@code premium} or {@code business} */
    public record PlanRequest(String plan) {}

    private final PlanService plans;
    private final CurrentCaller caller;

    AdminUserResource(PlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @PUT
    @Path("/{userId}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Put a business account on a subscription plan",
            description = "Admins only. The plan (free, premium or business) takes effect in task-service and"
                    + " assessment-service once they read the PlanChanged event (topic plan-changes) that the change"
                    + " publishes. Setting the plan the account is on already changes nothing and publishes nothing"
                    + " (changed: false). 400 for an unknown plan or an account that is not a business one, 404 for"
                    + " an account that has never signed in.")
    public Uni<PlanAssignment> changePlan(@PathParam("userId") String userId, @Valid @NotNull PlanRequest request) {
        return plans.change(caller.get(), userId, request.plan());
    }
}
