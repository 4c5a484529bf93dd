package ai.smartsuccess.skillslab.scoring.rest;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.scoring.model.RescoreJob;
import ai.smartsuccess.skillslab.scoring.service.RescoreJobService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Bulk re-scores: start one for a task's assessments or for all of them, follow its progress. */
@Path("/api/admin/scoring")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRescoreJobResource {

    private final RescoreJobService jobs;
    private final SecurityIdentity identity;
    private final AuditTrail audit;

    AdminRescoreJobResource(RescoreJobService jobs, SecurityIdentity identity, AuditTrail audit) {
        this.jobs = jobs;
        this.identity = identity;
        this.audit = audit;
    }

    /** Exactly one of the two: the assessments of one task, or all of them. */
    public record RescoreRequest(UUID taskId, Boolean all) {}

    /** A re-score job as an administrator sees it; {@code done} + {@code failed} of {@code total} are through. */
    public record JobView(
            UUID jobId,
            String scope,
            UUID taskId,
            int total,
            int done,
            int failed,
            String status,
            String scoringVersion,
            String requestedBy,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt) {

        static JobView of(RescoreJob job) {
            return new JobView(
                    job.id,
                    job.scope,
                    job.taskId,
                    job.total,
                    job.done,
                    job.failed,
                    job.status.value(),
                    job.scoringVersion,
                    job.requestedBy,
                    job.createdAt,
                    job.finishedAt);
        }
    }

    @POST
    @Path("/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Re-score a task's assessments, or all",
            description = "Body {\"taskId\": \"<uuid>\"} or {\"all\": true}. Selects every assessment whose latest"
                    + " stored submission is of the task (or every one) and re-scores each with the current scoring"
                    + " version in the background: 202 with the job. 409 while a job of the same scope runs.")
    public Uni<RestResponse<JobView>> start(RescoreRequest request) {
        UUID taskId = request == null ? null : request.taskId();
        Boolean all = request == null ? null : request.all();
        AuditRecorded requested = audit.success(
                "scoring.rescore-requested", Boolean.TRUE.equals(all) ? "platform" : "task", taskId, Map.of());
        return jobs.start(taskId, all, identity.getPrincipal().getName(), requested)
                .map(job -> RestResponse.status(RestResponse.Status.ACCEPTED, JobView.of(job)));
    }

    @GET
    @Path("/rescore-jobs")
    @Operation(summary = "List re-score jobs", description = "Newest first.")
    public Uni<List<JobView>> list() {
        return jobs.list().map(found -> found.stream().map(JobView::of).toList());
    }

    @GET
    @Path("/rescore-jobs/{jobId}")
    @Operation(summary = "A re-score job and its progress", description = "404 for an unknown job.")
    public Uni<JobView> get(@PathParam("jobId") UUID jobId) {
        return jobs.get(jobId).map(JobView::of);
    }

    @POST
    @Path("/rescore-jobs/{jobId}/interrupt")
    @Operation(
            summary = "Interrupt a running re-score job",
            description = "Assessments it has not started keep their score; those under way finish. A job that"
                    + " already ended is answered as it is.")
    public Uni<JobView> interrupt(@PathParam("jobId") UUID jobId) {
        return jobs.interrupt(jobId).map(JobView::of);
    }
}
