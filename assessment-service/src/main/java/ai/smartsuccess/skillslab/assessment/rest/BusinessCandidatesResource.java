package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.CandidateListService;
import ai.smartsuccess.skillslab.assessment.service.CandidateQuery;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.CandidatePage;
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

/** The business's view of the people on its tasks. */
@Path("/api/business/candidates")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessCandidatesResource {

    @Inject
    CandidateListService candidates;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Everyone who took or was invited to one of the caller's tasks",
            description = "Attempts with their status and score, and invited people who have not started (no"
                    + " assessmentId, the invitation's status). Filters: taskId, status (comma-separated), q (name or"
                    + " email); sortBy score|date|name, order asc|desc, page (from 0), size (1-100, default 20).")
    public Uni<CandidatePage> list(
            @QueryParam("taskId") String taskId,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("order") String order,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return candidates.list(caller.get(), CandidateQuery.parse(taskId, status, q, sortBy, order, page, size));
    }
}
