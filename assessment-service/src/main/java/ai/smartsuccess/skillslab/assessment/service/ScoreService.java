package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.ProcessedEvent;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ProcessedEventRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Applies scoring results. Idempotent by event id: a redelivered event changes nothing. */
@ApplicationScoped
public class ScoreService {

    private static final Logger LOG = Logger.getLogger(ScoreService.class);

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final ProcessedEventRepository processed;

    ScoreService(AssessmentRepository assessments, ScoreRepository scores, ProcessedEventRepository processed) {
        this.assessments = assessments;
        this.scores = scores;
        this.processed = processed;
    }

    @WithTransaction
    public Uni<Void> apply(ScoreResultEvent event) {
        if (event.schemaVersion() > 1) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("unknown schema version " + event.schemaVersion()));
        }
        return processed.findById(event.eventId()).flatMap(seen -> {
            if (seen != null) {
                return Uni.createFrom().voidItem();
            }
            return assessments.findById(event.assessmentId()).flatMap(assessment -> {
                if (assessment == null) {
                    // Scores for assessments of another environment sharing the topic: nothing to update here.
                    LOG.warnf("score result for unknown assessment %s ignored", event.assessmentId());
                    return remember(event);
                }
                Uni<Void> change = event instanceof ScoreComputed computed
                        ? scored(assessment, computed)
                        : failed(assessment, (ScoringFailed) event);
                return change.flatMap(ignored -> remember(event));
            });
        });
    }

    private Uni<Void> scored(Assessment assessment, ScoreComputed event) {
        ScoreReportDocument computed = new ScoreReportDocument(
                event.finalScore(),
                event.proficiencyLevel(),
                event.categoryScores(),
                event.subitemScores(),
                event.strengths(),
                event.improvements(),
                event.aiHighlights(),
                event.detailedAnalysis(),
                event.scoringVersion(),
                event.scoringModels(),
                event.failedEvaluators());
        // The candidate deleted their account while it was scored: the score stays, excerpts of their words do not.
        ScoreReportDocument report = assessment.erasureRequestedAt == null ? computed : PersonalData.redacted(computed);
        OffsetDateTime at = event.occurredAt().atOffset(ZoneOffset.UTC);
        assessment.status = AssessmentStatus.SCORED;
        assessment.scoredAt = at;
        assessment.failureReason = null;
        assessment.updatedAt = OffsetDateTime.now();
        return scores.findById(assessment.id).flatMap(existing -> {
            // A re-score (a new event) replaces the report; the same event never arrives here twice.
            Score score = existing != null ? existing : new Score();
            score.assessmentId = assessment.id;
            score.eventId = event.eventId();
            score.report = report;
            score.receivedAt = OffsetDateTime.now();
            return existing != null
                    ? Uni.createFrom().voidItem()
                    : scores.persist(score).replaceWithVoid();
        });
    }

    private Uni<Void> failed(Assessment assessment, ScoringFailed event) {
        if (AssessmentStatus.SCORED.equals(assessment.status)) {
            // A failed re-score keeps the score the candidate already has.
            return Uni.createFrom().voidItem();
        }
        assessment.status = AssessmentStatus.FAILED;
        assessment.failureReason = event.reason();
        assessment.updatedAt = OffsetDateTime.now();
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> remember(ScoreResultEvent event) {
        ProcessedEvent seen = new ProcessedEvent();
        seen.eventId = event.eventId();
        seen.eventType = event.type();
        seen.processedAt = OffsetDateTime.now();
        return processed.persist(seen).replaceWithVoid();
    }
}
