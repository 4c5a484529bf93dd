package ai.smartsuccess.skillslab.task.model;

import java.util.List;
import java.util.Map;

/**
 * The stored evaluation config. Category and subitem keys are the product's ({@code prompt_engineering},
 * {@code clarity_specificity}...); custom categories add their own.
 */
public record EvaluationConfigDocument(
        Map<String, Integer> categoryWeights,
        Map<String, Map<String, Integer>> subitemWeights,
        Map<String, LevelBand> levelThresholds,
        List<CustomCategory> customCategories) {

    public record LevelBand(int min, int max) {}

    public record CustomCategory(String key, String name, String description, List<CustomSubitem> subitems) {}

    /** {@code signal}: the built-in subitem whose evidence scores this one. */
    public record CustomSubitem(String key, String name, String description, String signal) {}
}
