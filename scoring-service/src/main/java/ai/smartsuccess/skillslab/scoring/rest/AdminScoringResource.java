package ai.smartsuccess.skillslab.scoring.rest;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.scoring.model.ScoringRun;
import ai.smartsuccess.skillslab.scoring.service.ScoringService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

/** Administration of scoring: re-score an assessment with the current scoring version, list its runs. */
@Path("/api/admin/scoring")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminScoringResource {

    private final ScoringService scoring;
    private final AuditTrail audit;

    AdminScoringResource(ScoringService scoring, AuditTrail audit) {
        this.scoring = scoring;
        this.audit = audit;
    }

    /** A scoring run as an administrator sees it. */
    public record RunView(
            UUID runId,
            UUID assessmentId,
            String scoringVersion,
            String origin,
            String status,
            boolean published,
            Double finalScore,
            String proficiencyLevel,
            List<String> scoringModels,
            String failureReason,
            OffsetDateTime createdAt,
            OffsetDateTime completedAt) {

        static RunView of(ScoringRun run) {
            return new RunView(
                    run.id,
                    run.assessmentId,
                    run.scoringVersion,
                    run.origin,
                    run.status,
                    run.published,
                    run.finalScore == null ? null : run.finalScore.doubleValue(),
                    run.proficiencyLevel,
                    run.scoringModels == null || run.scoringModels.isBlank()
                            ? List.of()
                            : List.of(run.scoringModels.split(",")),
                    run.failureReason,
                    run.createdAt,
                    run.completedAt);
        }
    }

    @POST
    @Path("/{assessmentId}/rescore")
    @Operation(
            summary = "Re-score an assessment",
            description = "Scores the assessment again with the current scoring version from its stored submission and"
                    + " publishes the new ScoreComputed. 404 when no submission of it was received.")
    public Uni<RunView> rescore(@PathParam("assessmentId") UUID assessmentId) {
        AuditRecorded requested = audit.success("scoring.rescore-requested", "assessment", assessmentId, Map.of());
        return scoring.rescore(assessmentId, requested).map(RunView::of);
    }

    @GET
    @Path("/{assessmentId}/runs")
    @Operation(summary = "List the scoring runs of an assessment", description = "Newest first.")
    public Uni<List<RunView>> runs(@PathParam("assessmentId") UUID assessmentId) {
        return scoring.runsOf(assessmentId)
                .map(runs -> runs.stream().map(RunView::of).toList());
    }
}
