package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.ScoreService;
import ai.smartsuccess.skillslab.assessment.service.ScoreService.Revision;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Audit of an assessment's score: the reports that re-scores replaced. */
@Path("/api/admin/assessments")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminScoreRevisionResource {

    private final ScoreService scores;

    AdminScoreRevisionResource(ScoreService scores) {
        this.scores = scores;
    }

    @GET
    @Path("/{id}/score-revisions")
    @Operation(
            summary = "The replaced score reports of an assessment",
            description = "Every report a later ScoreComputed replaced, the most recently replaced first, with its"
                    + " scoring version, score, level, when it arrived and when and by which event it was replaced."
                    + " The current report is the assessment's own. 404 for an unknown assessment.")
    public Uni<List<Revision>> revisions(@PathParam("id") UUID id) {
        return scores.revisions(id);
    }
}
