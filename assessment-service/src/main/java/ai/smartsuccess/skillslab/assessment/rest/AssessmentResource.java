package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient.SubmittedFile;
import ai.smartsuccess.skillslab.assessment.service.AbandonService;
import ai.smartsuccess.skillslab.assessment.service.AssessmentService;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Abandoned;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Created;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Detail;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Page;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Progress;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Started;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Submitted;
import ai.smartsuccess.skillslab.assessment.service.PersonalExportService;
import ai.smartsuccess.skillslab.assessment.service.PersonalExportViews.PersonalExport;
import ai.smartsuccess.skillslab.assessment.service.SubmissionService;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportService;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.OwnTimeline;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService.TrackResult;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    SubmissionService submissions;

    @Inject
    AbandonService abandoning;

    @Inject
    TrackingService tracking;

    @Inject
    EvidenceReportService reports;

    @Inject
    PersonalExportService exports;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Create a pending assessment of a task the caller may take (attempt limits apply)")
    public Uni<Created> create(AssessmentRequests.Create request) {
        if (request == null) {
            throw new InvalidInputException("taskId", "is required");
        }
        return assessments.create(caller.get(), request.taskId(), request.invitationId());
    }

    @GET
    @Operation(
            summary = "The caller's assessments, newest first, a page at a time",
            description = "taskId filters by task; status takes one status or a comma-separated list"
                    + " (pending,in_progress); from and to (ISO dates, inclusive, UTC) bound the day each was"
                    + " created. total counts all that match, for paging. A bad value: 400 naming the parameter.")
    public Uni<Page> list(
            @QueryParam("taskId") String taskId,
            @QueryParam("status") String status,
            @Parameter(description = "First day (YYYY-MM-DD, UTC)", schema = @Schema(format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day (YYYY-MM-DD, UTC), inclusive", schema = @Schema(format = "date"))
                    @QueryParam("to")
                    String to,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return assessments.list(caller.get(), taskId, status, from, to, limit, offset);
    }

    @GET
    @Path("/progress")
    @Operation(
            summary = "The caller's scored assessments over time, for a progress chart",
            description = "The latest 100 scored attempts, oldest first, each with its final and category scores.")
    public Uni<Progress> progress() {
        return assessments.progress(caller.get());
    }

    @GET
    @Path("/export")
    @Operation(
            summary = "The caller's copy of their data here (the gateway's GET /api/me/export includes it)",
            description = "Every assessment of the caller, newest first, as they see it (task, notes, chat, score"
                    + " report without the hidden tests' output), and the invitations they received, without links."
                    + " Older assessments beyond the size limit are left out: truncated, omittedAssessments and note"
                    + " say so.")
    public Uni<PersonalExport> export() {
        return exports.export(caller.get());
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(
            summary = "The owner's replay of a scored assessment",
            description = "The session's timeline as the business's evidence report builds it, without the integrity"
                    + " signals and with the hidden test run only as the counts the owner's score report shows. Not"
                    + " scored yet: 409 not-scored; anyone else's: 404.")
    public Uni<OwnTimeline> timeline(@PathParam("id") UUID id) {
        return reports.ownTimeline(caller.get(), id);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One assessment with all the workspace needs to resume (task, clock, files, chat) and its score")
    public Uni<Detail> get(@PathParam("id") UUID id) {
        return assessments.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start the clock and provision the sandbox (owner only, from pending)")
    public Uni<Started> start(@PathParam("id") UUID id) {
        return assessments.start(caller.get(), id);
    }

    @POST
    @Path("/{id}/abandon")
    @Operation(
            summary = "Give up an attempt that was not started (owner only)",
            description =
                    "A practice attempt then does not count; an invited one only with retakes allowed, and counts.")
    public Uni<Abandoned> abandon(@PathParam("id") UUID id) {
        return abandoning.abandon(caller.get(), id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit before the deadline; optional files are written to the workspace first")
    public Uni<Submitted> submit(@PathParam("id") UUID id, AssessmentRequests.Submit request) {
        String notes = request == null ? null : request.notes();
        List<SubmittedFile> files = request == null || request.files() == null
                ? List.of()
                : request.files().stream()
                        .map(f -> f == null ? null : new SubmittedFile(f.path(), f.content()))
                        .toList();
        return submissions.submit(caller.get(), id, notes, files);
    }

    @POST
    @Path("/{id}/track")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a batch of workspace events (deduplicated by event id; refused after submit)")
    public Uni<TrackResult> track(
            @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TrackingBatch.class)))
                    byte[] body) {
        return tracking.trackFromClient(caller.get(), id, body);
    }
}
