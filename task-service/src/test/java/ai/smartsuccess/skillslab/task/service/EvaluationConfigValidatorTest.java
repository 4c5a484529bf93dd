package ai.smartsuccess.skillslab.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.CustomCategory;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.CustomSubitem;
import ai.smartsuccess.skillslab.task.service.EvaluationConfigInput.LevelBandInput;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationConfigValidatorTest {

    static final EvaluationConfigDocument BASE = EvaluationRules.defaultFor("code_generation");

    @Test
    void every_default_config_is_valid_and_sums_to_100() {
        for (String type : TaskRules.TASK_TYPES) {
            EvaluationConfigDocument config = EvaluationRules.defaultFor(type);
            assertThat(config.categoryWeights().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(100);
            config.subitemWeights()
                    .forEach((category, weights) -> assertThat(weights.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum())
                            .as(type + " " + category)
                            .isEqualTo(100));
            assertThat(EvaluationConfigValidator.resolve(new EvaluationConfigInput(null, null, null, null), config))
                    .isEqualTo(config);
        }
    }

    @ParameterizedTest(name = "category weight sum {0}+{1}+{2}+{3} valid={4}")
    @CsvSource({"25,25,25,25,true", "25,25,25,24,false", "25,25,25,26,false", "0,0,0,100,true", "100,0,0,0,true"})
    void category_weights_must_sum_to_100(int a, int b, int c, int d, boolean valid) {
        EvaluationConfigInput input = new EvaluationConfigInput(categories(a, b, c, d), null, null, null);
        if (valid) {
            assertThat(EvaluationConfigValidator.resolve(input, BASE).categoryWeights())
                    .containsEntry("outcome_quality", d);
        } else {
            assertThat(fields(input)).containsExactly("evaluationConfig.categoryWeights");
        }
    }

    @Test
    void a_weight_outside_0_to_100_or_null_names_its_category() {
        Map<String, Integer> weights = categories(125, -25, 0, 0);
        assertThat(fields(new EvaluationConfigInput(weights, null, null, null)))
                .containsExactlyInAnyOrder(
                        "evaluationConfig.categoryWeights.planning",
                        "evaluationConfig.categoryWeights.prompt_engineering");
        weights.put("planning", null);
        assertThat(fields(new EvaluationConfigInput(weights, null, null, null)))
                .contains("evaluationConfig.categoryWeights.planning");
    }

    @Test
    void unknown_and_missing_categories_are_named() {
        Map<String, Integer> weights = categories(25, 25, 25, 25);
        weights.remove("planning");
        weights.put("planing", 25);
        assertThat(fields(new EvaluationConfigInput(weights, null, null, null)))
                .containsExactlyInAnyOrder(
                        "evaluationConfig.categoryWeights.planing", "evaluationConfig.categoryWeights.planning");
    }

    @ParameterizedTest(name = "subitems {0}+{1}+{2}+{3} valid={4}")
    @CsvSource({"25,25,25,25,true", "40,30,20,9,false", "40,30,20,11,false", "100,0,0,0,true"})
    void each_categorys_subitems_must_sum_to_100(int a, int b, int c, int d, boolean valid) {
        Map<String, Map<String, Integer>> subitems = Map.of(
                "tool_orchestration",
                Map.of(
                        "tool_selection", a,
                        "multi_tool_coordination", b,
                        "workflow_efficiency", c,
                        "resource_utilization", d));
        EvaluationConfigInput input = new EvaluationConfigInput(null, subitems, null, null);
        if (valid) {
            EvaluationConfigDocument config = EvaluationConfigValidator.resolve(input, BASE);
            assertThat(config.subitemWeights().get("tool_orchestration")).containsEntry("tool_selection", a);
            assertThat(config.subitemWeights().get("planning"))
                    .isEqualTo(BASE.subitemWeights().get("planning"));
        } else {
            assertThat(fields(input)).containsExactly("evaluationConfig.subitemWeights.tool_orchestration");
        }
    }

    @Test
    void subitems_must_be_exactly_the_categorys_own() {
        Map<String, Integer> planning = new HashMap<>(BASE.subitemWeights().get("planning"));
        planning.put("correctness", 0);
        planning.remove("task_breakdown");
        assertThat(fields(new EvaluationConfigInput(null, Map.of("planning", planning), null, null)))
                .contains(
                        "evaluationConfig.subitemWeights.planning.correctness",
                        "evaluationConfig.subitemWeights.planning.task_breakdown");
        assertThat(fields(new EvaluationConfigInput(null, Map.of("vibes", Map.of("x", 100)), null, null)))
                .containsExactly("evaluationConfig.subitemWeights.vibes");
    }

    @Test
    void level_bands_must_be_contiguous_from_0_to_100_in_order() {
        assertThat(EvaluationConfigValidator.resolve(levels(0, 49, 50, 69, 70, 89, 90, 100), BASE)
                        .levelThresholds()
                        .get("innovator")
                        .min())
                .isEqualTo(90);
        assertThat(fields(levels(0, 39, 41, 64, 65, 84, 85, 100)))
                .containsExactly("evaluationConfig.levelThresholds.operator.min");
        assertThat(fields(levels(0, 39, 39, 64, 65, 84, 85, 100)))
                .containsExactly("evaluationConfig.levelThresholds.operator.min");
        assertThat(fields(levels(1, 39, 40, 64, 65, 84, 85, 100)))
                .containsExactly("evaluationConfig.levelThresholds.explorer.min");
        assertThat(fields(levels(0, 39, 40, 64, 65, 84, 85, 99)))
                .containsExactly("evaluationConfig.levelThresholds.innovator.max");
        assertThat(fields(levels(0, 39, 40, 64, 65, 84, 101, 100)))
                .containsExactly("evaluationConfig.levelThresholds.innovator.min");
        // Reversed order (innovator lowest) is not the order of the levels.
        assertThat(fields(levels(85, 100, 65, 84, 40, 64, 0, 39))).isNotEmpty();
        Map<String, LevelBandInput> three = new LinkedHashMap<>();
        three.put("operator", new LevelBandInput(0, 64));
        three.put("architect", new LevelBandInput(65, 84));
        three.put("innovator", new LevelBandInput(85, 100));
        three.put("guru", new LevelBandInput(85, 100));
        assertThat(fields(new EvaluationConfigInput(null, null, three, null)))
                .contains("evaluationConfig.levelThresholds.explorer", "evaluationConfig.levelThresholds.guru");
    }

    @Test
    void a_custom_category_needs_a_weight_subitem_weights_and_a_well_formed_definition() {
        CustomCategory security = new CustomCategory(
                "security_awareness",
                "Security awareness",
                "Keeps secrets out of prompts",
                List.of(new CustomSubitem(
                        "secret_handling", "Secrets", "No secrets in prompts", "context_management")));
        Map<String, Integer> weights = categories(20, 20, 20, 20);
        weights.put("security_awareness", 20);
        EvaluationConfigDocument ok = EvaluationConfigValidator.resolve(
                new EvaluationConfigInput(
                        weights, Map.of("security_awareness", Map.of("secret_handling", 100)), null, List.of(security)),
                BASE);
        assertThat(ok.customCategories()).containsExactly(security);

        assertThat(fields(new EvaluationConfigInput(weights, null, null, List.of(security))))
                .containsExactly("evaluationConfig.subitemWeights.security_awareness");
        assertThat(fields(new EvaluationConfigInput(
                        categories(25, 25, 25, 25),
                        Map.of("security_awareness", Map.of("secret_handling", 100)),
                        null,
                        List.of(security))))
                .containsExactly("evaluationConfig.categoryWeights.security_awareness");

        CustomCategory broken = new CustomCategory(
                "Security Awareness",
                " ",
                null,
                List.of(
                        new CustomSubitem("a", "A", "A", "gut_feeling"),
                        new CustomSubitem("a", "B", "B", "correctness")));
        assertThat(fields(new EvaluationConfigInput(null, null, null, List.of(broken))))
                .contains(
                        "evaluationConfig.customCategories[0].key",
                        "evaluationConfig.customCategories[0].name",
                        "evaluationConfig.customCategories[0].description",
                        "evaluationConfig.customCategories[0].subitems[0].signal",
                        "evaluationConfig.customCategories[0].subitems[1].key");
        CustomCategory builtIn = new CustomCategory("planning", "P", "P", security.subitems());
        CustomCategory empty = new CustomCategory("empty_one", "E", "E", List.of());
        assertThat(fields(new EvaluationConfigInput(null, null, null, List.of(builtIn, security, security, empty))))
                .contains(
                        "evaluationConfig.customCategories[0].key",
                        "evaluationConfig.customCategories[2].key",
                        "evaluationConfig.customCategories[3].subitems");
    }

    static Map<String, Integer> categories(Integer a, Integer b, Integer c, Integer d) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("planning", a);
        weights.put("prompt_engineering", b);
        weights.put("tool_orchestration", c);
        weights.put("outcome_quality", d);
        return weights;
    }

    static EvaluationConfigInput levels(int... bounds) {
        Map<String, LevelBandInput> levels = new LinkedHashMap<>();
        for (int i = 0; i < EvaluationRules.LEVELS.size(); i++) {
            levels.put(EvaluationRules.LEVELS.get(i), new LevelBandInput(bounds[2 * i], bounds[2 * i + 1]));
        }
        return new EvaluationConfigInput(null, null, levels, null);
    }

    static List<String> fields(EvaluationConfigInput input) {
        try {
            EvaluationConfigValidator.resolve(input, BASE);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the config to be refused");
    }

    @Test
    void fields_helper_fails_on_a_valid_config() {
        assertThatThrownBy(() -> fields(new EvaluationConfigInput(null, null, null, null)))
                .isInstanceOf(AssertionError.class);
    }
}
