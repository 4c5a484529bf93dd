package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * How a task is scored. Category and subitem keys are those of the product design (for example
 * {@code prompt_engineering} / {@code clarity_specificity}); custom categories add their own keys.
 *
 * @param categoryWeights category key to weight; the weights sum to 100
 * @param subitemWeights category key to (subitem key to weight); each category's weights sum to 100
 * @param levelThresholds level name to band; bands are contiguous and cover 0 to 100 (a score belongs to the band with
 *     the greatest {@code min} not above it)
 * @param customCategories categories a business added, scored from the evidence signal each subitem names
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationConfig(
        Map<String, Integer> categoryWeights,
        Map<String, Map<String, Integer>> subitemWeights,
        Map<String, LevelBand> levelThresholds,
        List<CustomCategory> customCategories) {

    public EvaluationConfig {
        customCategories = customCategories == null ? List.of() : List.copyOf(customCategories);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LevelBand(int min, int max) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomCategory(String key, String name, String description, List<CustomSubitem> subitems) {}

    /**
     * @param signal the built-in subitem (for example {@code correctness}) whose evidence this subitem is scored from
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomSubitem(String key, String name, String description, String signal) {}
}
