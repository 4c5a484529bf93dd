package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import java.util.List;
import java.util.Map;

/**
 * The evaluation config as scoring applies it: every weight present and each group summing to 100.
 *
 * @param categoryWeights category key to weight, built-in categories first, then custom ones
 * @param subitemWeights category key to (subitem key to weight)
 * @param levels bands sorted by their minimum
 * @param warnings how the given config was completed or normalised, for the report
 */
public record EffectiveConfig(
        Map<String, Double> categoryWeights,
        Map<String, Map<String, Double>> subitemWeights,
        List<Level> levels,
        List<CustomCategory> customCategories,
        List<String> warnings) {

    public record Level(String name, double min, double max) {}
}
