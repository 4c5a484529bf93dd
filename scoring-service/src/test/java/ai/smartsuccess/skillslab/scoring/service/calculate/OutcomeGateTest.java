package ai.smartsuccess.skillslab.scoring.service.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TestActivity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeGateTest {

    static final List<EffectiveConfig.Level> DEFAULT =
            EffectiveConfigResolver.resolve(null, "code_generation").levels();

    static HiddenOutcome hidden(int passed, int total, List<String> flags) {
        return new HiddenOutcome(true, total, passed, false, null, List.of(), 0, 0, flags);
    }

    @ParameterizedTest(name = "{0} of 12 passing, score {1}: {2} {3}")
    @CsvSource({
        // Unsolved: below a quarter, the lowest band whatever the process, in proportion (39 × score / 100).
        "0, 61.0, 23.79, explorer",
        "2, 90.0, 35.1, explorer",
        "0, 30.5, 11.9, explorer",
        "0, 0.0, 0.0, explorer",
        // Partly solved: Operator at most, above its minimum in proportion (40 + 24 × (score − 40) / 60).
        "3, 70.0, 52, operator",
        "8, 90.0, 60, operator",
        "5, 55.0, 46, operator",
        "5, 35.0, 35, explorer",
        // Strongly solved: no bound.
        "9, 70.0, 70, architect",
        "12, 91.5, 91.5, innovator",
        "12, 20.0, 20, explorer"
    })
    void the_hidden_pass_rate_bounds_the_level_and_the_score(
            int passed, double score, double gatedScore, String level) {
        String before = LevelResolver.resolve(score, DEFAULT);
        OutcomeGate.Gated gated = OutcomeGate.apply(score, before, DEFAULT, hidden(passed, 12, List.of()));
        assertThat(gated.level()).isEqualTo(level);
        assertThat(gated.finalScore()).isEqualTo(gatedScore);
        // The score and the level agree after the gate.
        assertThat(LevelResolver.resolve(gated.finalScore(), DEFAULT)).isEqualTo(gated.level());
        assertThat(gated.analysis().get("applied")).isEqualTo(gatedScore != score);
    }

    @Test
    void a_run_the_submission_interfered_with_counts_as_nothing_solved() {
        OutcomeGate.Gated gated =
                OutcomeGate.apply(72, "architect", DEFAULT, hidden(12, 12, List.of("framework-patched")));
        assertThat(gated.level()).isEqualTo("explorer");
        assertThat(gated.finalScore()).isEqualTo(28.08);
        assertThat(gated.analysis())
                .containsEntry("levelBeforeGate", "architect")
                .containsEntry("scoreBeforeGate", 72.0);
    }

    @Test
    void without_a_hidden_result_the_hidden_rule_bounds_nothing() {
        HiddenOutcome none = new HiddenOutcome(false, 0, 0, false, null, List.of(), 0, 0, List.of());
        OutcomeGate.Gated gated = OutcomeGate.apply(72, "architect", DEFAULT, none);
        assertThat(gated.level()).isEqualTo("architect");
        assertThat(gated.finalScore()).isEqualTo(72);
        assertThat(gated.analysis()).containsEntry("applied", false);
    }

    static TestActivity ownEvidence(double rate, String source) {
        HiddenOutcome none = new HiddenOutcome(false, 0, 0, false, null, List.of(), 0, 0, List.of());
        return new TestActivity(List.of(), null, List.of(), 0, 0, none, rate, "own runs", source);
    }

    @Test
    void without_hidden_tests_the_top_level_is_out_of_reach_and_architect_needs_own_tests_passing() {
        OutcomeGate.Gated passing =
                OutcomeGate.apply(92, "innovator", DEFAULT, ownEvidence(0.7, TestActivity.CANDIDATE_RUNS));
        assertThat(passing.level()).isEqualTo("architect");
        assertThat(passing.finalScore()).isLessThanOrEqualTo(84).isGreaterThanOrEqualTo(65);
        assertThat(passing.analysis()).containsEntry("highestAllowedLevel", "architect");

        OutcomeGate.Gated failing =
                OutcomeGate.apply(80, "architect", DEFAULT, ownEvidence(0.2, TestActivity.CANDIDATE_RUNS));
        assertThat(failing.level()).isEqualTo("operator");

        OutcomeGate.Gated neverRun = OutcomeGate.apply(70, "architect", DEFAULT, ownEvidence(0.15, TestActivity.NONE));
        assertThat(neverRun.level()).isEqualTo("operator");
        assertThat(LevelResolver.resolve(neverRun.finalScore(), DEFAULT)).isEqualTo("operator");
    }

    @Test
    void moved_bands_keep_the_rule_by_position() {
        Map<String, LevelBand> bands = new LinkedHashMap<>();
        bands.put("explorer", new LevelBand(0, 49));
        bands.put("operator", new LevelBand(50, 74));
        bands.put("architect", new LevelBand(75, 89));
        bands.put("innovator", new LevelBand(90, 100));
        List<EffectiveConfig.Level> moved = EffectiveConfigResolver.resolve(
                        new EvaluationConfig(null, null, bands, null), "code_generation")
                .levels();
        OutcomeGate.Gated gated = OutcomeGate.apply(80, "architect", moved, hidden(1, 12, List.of()));
        assertThat(gated.level()).isEqualTo("explorer");
        assertThat(gated.finalScore()).isEqualTo(39.2);
    }

    @Test
    void bounded_sessions_keep_their_order_and_never_reach_the_next_band() {
        double previous = -1;
        for (double score = 0; score <= 100; score += 0.5) {
            OutcomeGate.Gated gated =
                    OutcomeGate.apply(score, LevelResolver.resolve(score, DEFAULT), DEFAULT, hidden(1, 12, List.of()));
            assertThat(gated.finalScore()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(39);
            previous = gated.finalScore();
        }
    }
}
