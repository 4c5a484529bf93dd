package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.AuditRecords;
import ai.smartsuccess.skillslab.assessment.service.CandidateExportService;
import ai.smartsuccess.skillslab.assessment.service.CandidateListService;
import ai.smartsuccess.skillslab.assessment.service.CandidateQuery;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.CandidatePage;
import ai.smartsuccess.skillslab.assessment.service.CompareService;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.Comparison;
import ai.smartsuccess.skillslab.assessment.service.ReviewService;
import ai.smartsuccess.skillslab.assessment.service.ReviewService.ReviewInput;
import ai.smartsuccess.skillslab.assessment.service.ReviewViews.Review;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The business's view of the people on its tasks. */
@Path("/api/business/candidates")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessCandidatesResource {

    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    AuditTrail audit;

    @Inject
    AuditRecords audits;

    @Inject
    CandidateListService candidates;

    @Inject
    CandidateExportService export;

    @Inject
    CompareService comparing;

    @Inject
    ReviewService reviews;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Everyone who took or was invited to one of the caller's tasks",
            description = "Attempts with their status and score, and invited people who have not started (no"
                    + " assessmentId, the invitation's status). With each scored attempt: aiUsage (prompts, aiCodeShare)"
                    + " and integrityFlags from the score report (null where the report does not have them); with"
                    + " each attempt the business's review stage (new until reviewed) and rating. Filters: taskId,"
                    + " status (comma-separated), stage (comma-separated review stages), q (name or email); sortBy"
                    + " score|date|name, order asc|desc, page (from 0), size (1-100, default 20).")
    public Uni<CandidatePage> list(
            @QueryParam("taskId") String taskId,
            @QueryParam("status") String status,
            @QueryParam("stage") String stage,
            @QueryParam("q") String q,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("order") String order,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return candidates.list(caller.get(), CandidateQuery.parse(taskId, status, q, stage, sortBy, order, page, size));
    }

    @GET
    @Path("/export")
    @Produces({CSV, "application/problem+json"})
    @Operation(
            summary = "The candidate list as a CSV file",
            description = "The same rows as the list with the same filters and order, every page, one row per"
                    + " candidate. UTF-8 with a byte order mark (for Excel), RFC 4180 quoting, CRLF line ends; text"
                    + " cells starting with =, +, -, @, a tab or a carriage return are prefixed with ' so that a"
                    + " spreadsheet does not run them. format: csv (the default; anything else is 400).")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file, as an attachment",
            content =
                    @Content(
                            mediaType = CSV,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    public Uni<Response> export(
            @QueryParam("format") String format,
            @QueryParam("taskId") String taskId,
            @QueryParam("status") String status,
            @QueryParam("stage") String stage,
            @QueryParam("q") String q,
            @QueryParam("sortBy") String sortBy,
            @QueryParam("order") String order) {
        CandidateExportService.checkFormat(format);
        CandidateQuery query = CandidateQuery.parse(taskId, status, q, stage, sortBy, order, null, null);
        AuditRecorded exported = audit.success("candidates.exported", "task", query.taskId(), Map.of("format", "csv"));
        Executor here = OnContext.current();
        return export.csv(caller.get(), query)
                .emitOn(here)
                .call(ignored -> audits.record(exported))
                .map(file -> Response.ok(file.text().getBytes(StandardCharsets.UTF_8))
                        .type(CSV)
                        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                        .build());
    }

    @GET
    @Path("/compare")
    @Operation(
            summary = "Two to five scored attempts on the caller's tasks side by side, ranked",
            description = "assessmentIds: 2 to 5 distinct ids, comma-separated (else 400 naming assessmentIds). An id"
                    + " that is not an attempt on one of the caller's tasks is 404; one not scored yet is 409"
                    + " not-scored, naming them in assessmentIds. Ranking: final score (highest first), then hidden"
                    + " tests passed (most first), then time spent (least first).")
    public Uni<Comparison> compare(@QueryParam("assessmentIds") List<String> assessmentIds) {
        return comparing.compare(caller.get(), CompareService.parseIds(assessmentIds));
    }

    @GET
    @Path("/{assessmentId}/review")
    @Operation(
            summary = "The caller's private review of an attempt on one of its tasks, with its history",
            description = "Stage new, no rating and no notes until the business saves one; history latest first."
                    + " Never shown to the candidate. Anyone but the task's creator: 404.")
    public Uni<Review> review(@PathParam("assessmentId") UUID assessmentId) {
        return reviews.get(caller.get(), assessmentId);
    }

    @PUT
    @Path("/{assessmentId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save the caller's private review of an attempt on one of its tasks",
            description = "Replaces stage (new|shortlisted|interview|rejected|hired, required), rating (1-5 or null)"
                    + " and notes (at most 2,000 characters, or null). Every change appends a history row (who,"
                    + " when, old and new values); saving the same values again appends none. Answers the review with"
                    + " its history.")
    public Uni<Review> saveReview(
            @PathParam("assessmentId") UUID assessmentId, BusinessCandidateRequests.ReviewUpdate request) {
        if (request == null) {
            throw new InvalidInputException("stage", "is required");
        }
        return reviews.save(
                caller.get(), assessmentId, ReviewInput.parse(request.stage(), request.rating(), request.notes()));
    }
}
