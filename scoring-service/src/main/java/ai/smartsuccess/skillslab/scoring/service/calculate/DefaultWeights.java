package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights and level bands a session is scored with when its event carries no evaluation config: the platform's
 * defaults ({@link DefaultEvaluation}), as doubles, with equal subitem weights for a task type without defaults.
 */
public final class DefaultWeights {

    public static final String LOWEST_LEVEL = DefaultEvaluation.LOWEST_LEVEL;

    private DefaultWeights() {}

    public static Map<String, Map<String, Double>> subitemWeights(String taskType) {
        Map<String, Map<String, Integer>> defaults = DefaultEvaluation.subitemWeights(taskType);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        DefaultEvaluation.CATEGORIES.forEach((category, subitems) -> {
            Map<String, Double> weights = new LinkedHashMap<>();
            subitems.forEach(subitem -> weights.put(
                    subitem,
                    defaults.isEmpty()
                            ? 25.0
                            : defaults.get(category).get(subitem).doubleValue()));
            out.put(category, weights);
        });
        return out;
    }

    public static Map<String, LevelBand> levels() {
        return new LinkedHashMap<>(DefaultEvaluation.levels());
    }
}
