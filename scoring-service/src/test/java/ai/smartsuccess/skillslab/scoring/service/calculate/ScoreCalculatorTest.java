package ai.smartsuccess.skillslab.scoring.service.calculate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomSubitem;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    static Map<String, Map<String, Double>> all(double value) {
        Map<String, Map<String, Double>> raw = new LinkedHashMap<>();
        Rubric.SUBITEMS.forEach((category, subitems) -> {
            Map<String, Double> scores = new LinkedHashMap<>();
            subitems.forEach(s -> scores.put(s, value));
            raw.put(category, scores);
        });
        return raw;
    }

    @Test
    void category_is_the_weighted_sum_of_its_subitems_and_final_the_weighted_sum_of_categories() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(null, "code_generation");
        Map<String, Map<String, Double>> raw = all(50);
        // code_generation outcome weights 40/30/15/15
        raw.get("outcome_quality")
                .putAll(Map.of(
                        "correctness", 100.0, "code_quality", 50.0, "documentation", 0.0, "edge_case_handling", 20.0));

        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);

        assertThat(result.categoryScores().get("outcome_quality")).isEqualTo(58.0); // 40 + 15 + 0 + 3
        assertThat(result.subitems().get("outcome_quality").get("correctness"))
                .isEqualTo(new ScoreCalculator.Subitem(100, 40, 40));
        assertThat(result.finalScore()).isEqualTo(52.0); // (50 + 50 + 50 + 58) / 4
        assertThat(result.level()).isEqualTo("operator");
        assertThat(result.failed()).isEmpty();
    }

    @Test
    void the_final_score_is_rounded_half_up_to_two_decimals_and_the_level_decided_on_that() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(
                new EvaluationConfig(
                        Map.of("planning", 100, "prompt_engineering", 0, "tool_orchestration", 0, "outcome_quality", 0),
                        Map.of(
                                "planning",
                                Map.of(
                                        "task_breakdown",
                                        100,
                                        "time_estimation",
                                        0,
                                        "milestone_definition",
                                        0,
                                        "problem_understanding",
                                        0)),
                        null,
                        null),
                "code_generation");
        Map<String, Map<String, Double>> raw = all(0);
        raw.get("planning").put("task_breakdown", 64.995);
        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);
        assertThat(result.finalScore()).isEqualTo(65.0);
        assertThat(result.level()).isEqualTo("architect");

        raw.get("planning").put("task_breakdown", 64.994);
        result = ScoreCalculator.calculate(raw, config);
        assertThat(result.finalScore()).isEqualTo(64.99);
        assertThat(result.level()).isEqualTo("operator");
    }

    @Test
    void subitem_scores_are_clamped_to_0_100_so_no_category_exceeds_100() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(null, "bug_fix");
        Map<String, Map<String, Double>> raw = all(250);
        raw.get("planning").put("task_breakdown", -40.0);
        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);
        assertThat(result.categoryScores().values())
                .allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
        assertThat(result.subitems().get("planning").get("task_breakdown").raw())
                .isZero();
        assertThat(result.finalScore()).isLessThanOrEqualTo(100.0);
    }

    @Test
    void a_failed_subitem_is_reported_and_its_category_reweighted_never_given_50() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(null, "open_ended");
        Map<String, Map<String, Double>> raw = all(80);
        raw.get("prompt_engineering").put("error_recovery", null);
        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);
        assertThat(result.failed()).containsExactly("prompt_engineering.error_recovery");
        assertThat(result.categoryScores().get("prompt_engineering")).isEqualTo(80.0);
        assertThat(result.subitems().get("prompt_engineering")).doesNotContainKey("error_recovery");
        assertThat(result.finalScore()).isEqualTo(80.0);
    }

    @Test
    void a_failed_category_is_left_out_of_the_final_score_and_reported() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(null, "open_ended");
        Map<String, Map<String, Double>> raw = all(90);
        Map<String, Double> failed = new HashMap<>();
        Rubric.SUBITEMS.get("planning").forEach(s -> failed.put(s, null));
        raw.put("planning", failed);
        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);
        assertThat(result.failed()).containsExactly("planning");
        assertThat(result.categoryScores()).doesNotContainKey("planning");
        assertThat(result.finalScore()).isEqualTo(90.0);
    }

    @Test
    void custom_categories_carry_their_weight() {
        EvaluationConfig given = new EvaluationConfig(
                Map.of(
                        "planning",
                        20,
                        "prompt_engineering",
                        20,
                        "tool_orchestration",
                        20,
                        "outcome_quality",
                        20,
                        "security",
                        20),
                Map.of("security", Map.of("input_validation", 60, "secrets", 40)),
                null,
                List.of(new CustomCategory(
                        "security",
                        "Security",
                        "How safe the result is",
                        List.of(
                                new CustomSubitem("input_validation", "Input validation", "", "edge_case_handling"),
                                new CustomSubitem("secrets", "Secrets", "", "code_quality")))));
        EffectiveConfig config = EffectiveConfigResolver.resolve(given, "code_generation");
        Map<String, Map<String, Double>> raw = all(50);
        raw.put("security", new LinkedHashMap<>(Map.of("input_validation", 100.0, "secrets", 0.0)));
        ScoreCalculator.Result result = ScoreCalculator.calculate(raw, config);
        assertThat(result.categoryScores().get("security")).isEqualTo(60.0);
        assertThat(result.finalScore()).isCloseTo(0.8 * 50 + 0.2 * 60, within(1e-9));
    }

    @Test
    void weights_that_do_not_sum_to_100_are_scaled_and_the_report_says_so() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(
                new EvaluationConfig(
                        Map.of(
                                "planning",
                                10,
                                "prompt_engineering",
                                10,
                                "tool_orchestration",
                                10,
                                "outcome_quality",
                                20),
                        null,
                        null,
                        null),
                "refactoring");
        assertThat(config.categoryWeights().get("outcome_quality")).isCloseTo(40.0, within(1e-9));
        assertThat(config.warnings()).anySatisfy(w -> assertThat(w).contains("summed to 50"));
    }

    @Test
    void a_missing_config_takes_the_task_type_defaults() {
        EffectiveConfig config = EffectiveConfigResolver.resolve(null, "bug_fix");
        assertThat(config.subitemWeights().get("outcome_quality").get("correctness"))
                .isEqualTo(45.0);
        assertThat(config.subitemWeights().get("planning").get("problem_understanding"))
                .isEqualTo(35.0);
        assertThat(config.categoryWeights().values()).containsOnly(25.0);
    }
}
