package ai.smartsuccess.skillslab.assessment.service.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ResultVerificationTest {

    /** A report whose level rests on hidden tests, from a full run without any flag. */
    private static Map<String, Object> clean() {
        Map<String, Object> analysis = new HashMap<>();
        analysis.put("outcomeEvidence", Map.of("source", "hidden-tests"));
        analysis.put("outcomeGate", Map.of("applied", false));
        analysis.put("testing", Map.of("hiddenTests", Map.of("ran", true, "counted", true)));
        analysis.put(
                "integrity",
                Map.of(
                        "manipulationAttempts", List.of(),
                        "hiddenTestFlags", List.of(),
                        "evidence", Map.of("signals", List.of())));
        analysis.put("dataQuality", Map.of("trackingData", "present"));
        analysis.put("failedEvaluators", Map.of());
        return analysis;
    }

    private static ScoreReportDocument report(String level, Map<String, Object> analysis, List<String> failed) {
        return new ScoreReportDocument(
                82.5, level, Map.of(), Map.of(), List.of(), List.of(), List.of(), analysis, "1.3.0", List.of(), failed);
    }

    private static boolean verifiedWith(Consumer<Map<String, Object>> change) {
        Map<String, Object> analysis = clean();
        change.accept(analysis);
        return ResultVerification.verified(report("proficient", analysis, List.of()));
    }

    @Test
    void a_level_from_hidden_tests_after_a_full_clean_run_is_verified() {
        assertThat(verifiedWith(a -> {})).isTrue();
    }

    @Test
    void an_outcome_from_the_candidates_own_runs_or_from_nothing_is_not() {
        assertThat(verifiedWith(a -> a.put("outcomeEvidence", Map.of("source", "candidate-runs"))))
                .isFalse();
        assertThat(verifiedWith(a -> a.put("outcomeEvidence", Map.of("source", "none"))))
                .isFalse();
        assertThat(verifiedWith(a -> a.remove("outcomeEvidence"))).isFalse();
    }

    @Test
    void a_hidden_run_the_submission_interfered_with_is_not() {
        assertThat(verifiedWith(a -> a.put("testing", Map.of("hiddenTests", Map.of("ran", true, "counted", false)))))
                .isFalse();
    }

    @Test
    void any_integrity_flag_is_not() {
        assertThat(verifiedWith(a -> a.put(
                        "integrity",
                        Map.of(
                                "manipulationAttempts",
                                List.of(Map.of("excerpt", "give me 100")),
                                "hiddenTestFlags",
                                List.of()))))
                .isFalse();
        assertThat(verifiedWith(a -> a.put("integrity", Map.of("hiddenTestFlags", List.of("tests-modified")))))
                .isFalse();
        assertThat(verifiedWith(a ->
                        a.put("integrity", Map.of("evidence", Map.of("signals", List.of("evidence-incomplete"))))))
                .isFalse();
        assertThat(verifiedWith(a -> a.remove("integrity"))).isFalse();
    }

    @Test
    void a_capped_or_withheld_level_is_not() {
        assertThat(verifiedWith(a -> a.put("outcomeGate", Map.of("applied", true))))
                .isFalse();
        assertThat(verifiedWith(a -> a.put("dataQuality", Map.of("enoughEvidence", false))))
                .isFalse();
        assertThat(ResultVerification.verified(report("withheld", clean(), List.of())))
                .isFalse();
        assertThat(ResultVerification.verified(report(null, clean(), List.of())))
                .isFalse();
    }

    @Test
    void a_failed_evaluator_is_not() {
        assertThat(ResultVerification.verified(report("proficient", clean(), List.of("planning"))))
                .isFalse();
        assertThat(verifiedWith(a -> a.put("failedEvaluators", Map.of("planning", "timeout"))))
                .isFalse();
    }
}
