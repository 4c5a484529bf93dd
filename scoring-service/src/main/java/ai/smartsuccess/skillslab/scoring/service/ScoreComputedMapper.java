package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import java.time.Instant;
import java.util.UUID;

/** Wraps a report in its event envelope. */
public final class ScoreComputedMapper {

    private ScoreComputedMapper() {}

    public static ScoreComputed toEvent(AssessmentSubmitted submission, UUID runId, ScoreReport report) {
        return new ScoreComputed(
                UUID.randomUUID(),
                ScoreComputed.TYPE,
                ScoreComputed.SCHEMA_VERSION,
                Instant.now(),
                submission.assessmentId(),
                submission.candidate() == null ? null : submission.candidate().userId(),
                runId,
                report.scoringVersion(),
                report.scoringModels(),
                report.finalScore(),
                report.proficiencyLevel(),
                report.categoryScores(),
                report.subitemScores(),
                report.strengths(),
                report.improvements(),
                report.aiHighlights(),
                report.detailedAnalysis(),
                report.failedEvaluators());
    }
}
