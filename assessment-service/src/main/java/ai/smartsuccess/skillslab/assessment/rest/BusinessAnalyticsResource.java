package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.AnalyticsService;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsService.Period;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.Analytics;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A business's figures over its own tasks. */
@Path("/api/business/analytics")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessAnalyticsResource {

    @Inject
    AnalyticsService analytics;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "The invitation funnel and score figures of the caller's tasks",
            description = "Optional taskId; from and to are ISO-8601 dates (whole days, UTC, to included) or"
                    + " date-times with an offset; from must not be after to (400). An invitation counts when it was"
                    + " sent in the period, an attempt when it was created in it. opened is null: the platform does"
                    + " not record when an invitation link is opened.")
    public Uni<Analytics> get(
            @QueryParam("taskId") String taskId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return analytics.analytics(caller.get(), Period.parse(taskId, from, to));
    }
}
