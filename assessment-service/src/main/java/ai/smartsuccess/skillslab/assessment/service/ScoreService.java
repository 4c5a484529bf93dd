package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.ProcessedEvent;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.model.ScoreRevision;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ProcessedEventRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRevisionRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ScoreView;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies scoring results. Idempotent by event id: a redelivered event changes nothing. A new score of an assessment
 * that already has one (a re-score) replaces the report; the replaced one is kept as a revision for audit.
 */
@ApplicationScoped
public class ScoreService {

    private static final Logger LOG = Logger.getLogger(ScoreService.class);

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final ProcessedEventRepository processed;
    private final ScoreRevisionRepository revisions;

    ScoreService(
            AssessmentRepository assessments,
            ScoreRepository scores,
            ProcessedEventRepository processed,
            ScoreRevisionRepository revisions) {
        this.assessments = assessments;
        this.scores = scores;
        this.processed = processed;
        this.revisions = revisions;
    }

    /** A replaced score report, as an administrator audits it. */
    public record Revision(
            UUID revisionId,
            UUID assessmentId,
            UUID eventId,
            String scoringVersion,
            Double finalScore,
            String proficiencyLevel,
            ScoreView report,
            OffsetDateTime receivedAt,
            OffsetDateTime replacedAt,
            UUID replacedByEventId) {}

    /** The replaced reports of an assessment, the most recently replaced first; 404 for an unknown assessment. */
    @WithSession
    public Uni<List<Revision>> revisions(UUID assessmentId) {
        return assessments
                .findById(assessmentId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Assessment not found."))
                .flatMap(assessment -> revisions
                        .ofAssessment(assessmentId)
                        .map(found -> found.stream()
                                .map(revision -> revisionView(revision, assessment.erasureRequestedAt != null))
                                .toList()));
    }

    private static Revision revisionView(ScoreRevision revision, boolean erased) {
        ScoreReportDocument report =
                revision.report == null || !erased ? revision.report : PersonalData.redacted(revision.report);
        return new Revision(
                revision.id,
                revision.assessmentId,
                revision.eventId,
                revision.scoringVersion,
                revision.finalScore == null ? null : revision.finalScore.doubleValue(),
                revision.proficiencyLevel,
                report == null ? null : AssessmentMapper.score(report, "admin"),
                revision.receivedAt,
                revision.replacedAt,
                revision.replacedByEventId);
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
        assessment.scored(at, OffsetDateTime.now());
        return scores.findById(assessment.id).flatMap(existing -> {
            // A re-score (a new event) replaces the report, the replaced one is kept; the same event never arrives
            // here twice.
            OffsetDateTime now = OffsetDateTime.now();
            Uni<Void> kept = existing == null
                    ? Uni.createFrom().voidItem()
                    : revisions
                            .persist(ScoreRevision.of(existing, event.eventId(), now))
                            .replaceWithVoid();
            Score score = existing != null ? existing : new Score();
            score.assessmentId = assessment.id;
            score.eventId = event.eventId();
            score.report = report;
            score.receivedAt = now;
            return existing != null ? kept : scores.persist(score).replaceWithVoid();
        });
    }

    private Uni<Void> failed(Assessment assessment, ScoringFailed event) {
        assessment.scoringFailed(event.reason(), OffsetDateTime.now());
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
