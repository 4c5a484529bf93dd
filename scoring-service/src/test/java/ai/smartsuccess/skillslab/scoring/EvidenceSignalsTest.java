package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report says when its evidence is partial, and a partial record never changes the score. */
class EvidenceSignalsTest {

    final ScoringEngine engine = Engines.evidenceOnly();

    @Test
    void dropped_sandbox_activity_and_an_incomplete_record_are_listed_with_the_integrity_evidence() {
        SessionFixture complete = Corpus.load("edge-case-tester");
        ScoreReport clean = engine.score(complete.input());

        SessionFixture partial = Corpus.load("edge-case-tester");
        partial.event(
                        TrackingEventType.ACTIVITY_DROPPED,
                        600,
                        Map.of("count", 4000, "bytes", 72000, "firstAt", "a", "lastAt", "b"))
                .event(
                        TrackingEventType.ACTIVITY_DROPPED,
                        610,
                        Map.of("count", 200, "bytes", 3600, "firstAt", "c", "lastAt", "d"))
                .event(
                        TrackingEventType.INTEGRITY_SIGNAL,
                        2699,
                        Map.of("code", "evidence-incomplete", "expectedSequence", 40, "receivedCount", 38));
        ScoreReport report = engine.score(partial.input());

        Map<String, Object> evidence = evidence(report);
        assertThat(evidence.get("signals")).isEqualTo(List.of("activity-dropped", "evidence-incomplete"));
        assertThat(evidence.get("activityDropped")).isEqualTo(Map.of("count", 4200L, "bytes", 75600L));
        assertThat(evidence(clean).get("signals")).isEqualTo(List.of());
        assertThat(report.finalScore()).isEqualTo(clean.finalScore());
        assertThat(report.categoryScores()).isEqualTo(clean.categoryScores());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(ScoreReport report) {
        Map<String, Object> integrity =
                (Map<String, Object>) report.detailedAnalysis().get("integrity");
        return (Map<String, Object>) integrity.get("evidence");
    }
}
