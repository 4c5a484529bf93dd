package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Integrity flags from the sandbox (the submission interfered with the hidden test run) cap outcome quality and are
 * listed for the task's owner; they never raise a score, whatever the flagged run claimed. What a hidden suite printed
 * stays in the one place the owner reads it.
 */
class HiddenTestIntegrityScoringTest {

    static final List<String> SESSIONS =
            List.of("planner-verifier", "edge-case-tester", "moderate", "thrasher", "idle-abandoned", "no-tracking");

    final ScoringEngine engine = Engines.evidenceOnly();
    final ObjectMapper json =
            new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    @Test
    void a_flagged_run_counts_nothing_caps_outcome_quality_and_never_raises_a_score() {
        for (String name : SESSIONS) {
            ScoreReport clean = engine.score(Corpus.load(name).input());

            // The flagged run claims every hidden test passed; another flagged run did not run at all.
            SessionFixture forged = Corpus.load(name);
            HiddenTestResults honest = forged.hiddenTests;
            forged.hiddenTests = new HiddenTestResults(
                    honest.runner(),
                    honest.total(),
                    honest.total(),
                    0,
                    honest.durationMs(),
                    false,
                    null,
                    List.of(),
                    List.of("framework-patched", "stdlib-shadowing"));
            SessionFixture crashed = Corpus.load(name);
            crashed.hiddenTests = new HiddenTestResults(
                    honest.runner(), 0, 0, 0, 10, false, "did not run", List.of(), List.of("forged-results"));

            for (SessionFixture flagged : List.of(forged, crashed)) {
                ScoreReport report = engine.score(flagged.input());
                assertThat(report.finalScore()).as(name).isLessThanOrEqualTo(clean.finalScore());
                report.subitemScores()
                        .forEach((category, subitems) -> subitems.forEach((subitem, score) -> assertThat(score.raw())
                                .as(name + " " + category + "." + subitem)
                                .isLessThanOrEqualTo(clean.subitemScores()
                                        .get(category)
                                        .get(subitem)
                                        .raw())));
                Map<String, SubitemScore> outcome = report.subitemScores().get("outcome_quality");
                assertThat(outcome.get("correctness").raw()).as(name).isZero();
                assertThat(outcome.values())
                        .allSatisfy(score -> assertThat(score.raw()).isLessThanOrEqualTo(ScoringEngine.INTEGRITY_CAP));
                assertThat(report.categoryScores().get("outcome_quality"))
                        .isLessThanOrEqualTo(ScoringEngine.INTEGRITY_CAP);

                Map<?, ?> integrity = (Map<?, ?>) report.detailedAnalysis().get("integrity");
                assertThat(integrity.get("hiddenTestFlags")).isEqualTo(flagged.hiddenTests.integrityFlags());
                assertThat(integrity.get("hiddenTestNote").toString()).contains("capped at 40");
                String summary = report.detailedAnalysis().get("summary").toString();
                assertThat(summary).contains("The hidden tests did not count");
                for (String code : flagged.hiddenTests.integrityFlags()) {
                    assertThat(summary).doesNotContain(code);
                    assertThat(report.detailedAnalysis().get("reviewerSummary").toString())
                            .doesNotContain(code);
                }
            }
        }
    }

    @Test
    void a_clean_run_lists_no_flags_and_is_counted() {
        ScoreReport report = engine.score(Corpus.load("planner-verifier").input());
        Map<?, ?> integrity = (Map<?, ?>) report.detailedAnalysis().get("integrity");
        assertThat((List<?>) integrity.get("hiddenTestFlags")).isEmpty();
        assertThat(integrity.containsKey("hiddenTestNote")).isFalse();
        Map<?, ?> hidden = (Map<?, ?>) ((Map<?, ?>) report.detailedAnalysis().get("testing")).get("hiddenTests");
        assertThat(hidden.get("counted")).isEqualTo(true);
        assertThat(report.subitemScores()
                        .get("outcome_quality")
                        .get("correctness")
                        .raw())
                .isEqualTo(100.0);
    }

    @Test
    void what_a_suite_that_did_not_run_printed_is_only_in_the_owners_error_field() throws Exception {
        String leak = "class HiddenTodo(unittest.TestCase): SECRET-HIDDEN-SOURCE";
        SessionFixture session = Corpus.load("moderate");
        session.hiddenTests = new HiddenTestResults(
                "python-unittest",
                0,
                0,
                0,
                10,
                false,
                "The hidden tests did not run (exit code 3): " + leak,
                List.of(),
                List.of());
        ScoreReport report = engine.score(session.input());

        Map<String, Object> analysis = new LinkedHashMap<>(report.detailedAnalysis());
        Map<?, ?> testing = (Map<?, ?>) analysis.get("testing");
        Map<?, ?> hidden = (Map<?, ?>) testing.get("hiddenTests");
        assertThat(hidden.get("error").toString()).contains(leak);
        // Everything else of the report (what the candidate is shown besides that field) never quotes it.
        Map<String, Object> hiddenWithoutError = new LinkedHashMap<>();
        hidden.forEach((k, v) -> {
            if (!"error".equals(k)) {
                hiddenWithoutError.put(k.toString(), v);
            }
        });
        Map<String, Object> testingCopy = new LinkedHashMap<>();
        testing.forEach((k, v) -> testingCopy.put(k.toString(), v));
        testingCopy.put("hiddenTests", hiddenWithoutError);
        analysis.put("testing", testingCopy);
        List<Object> rest = new ArrayList<>(List.of(
                analysis,
                report.strengths(),
                report.improvements(),
                report.aiHighlights(),
                report.subitemScores(),
                report.categoryScores()));
        assertThat(json.writeValueAsString(rest)).doesNotContain("SECRET-HIDDEN-SOURCE");
    }
}
