package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.LevelBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring model of the product (design section 3.3) as task-service applies it: the categories, subitems, levels
 * and default weights are the platform's one definition, {@link DefaultEvaluation}.
 */
public final class EvaluationRules {

    public static final Map<String, List<String>> CATEGORIES = DefaultEvaluation.CATEGORIES;

    /** Every built-in subitem key: what a custom subitem may take its evidence from. */
    public static final Set<String> SUBITEMS =
            Set.copyOf(CATEGORIES.values().stream().flatMap(List::stream).toList());

    /** Lowest first. The level below operator is explorer, so that every score from 0 to 100 has a level. */
    public static final List<String> LEVELS =
            List.copyOf(DefaultEvaluation.levels().keySet());

    /**
     * The config a task of this type gets when its creator gives none: equal category weights, the type's subitem
     * weights, the default level bands, no custom categories.
     */
    public static EvaluationConfigDocument defaultFor(String taskType) {
        Map<String, Map<String, Integer>> subitemWeights = DefaultEvaluation.subitemWeights(taskType);
        if (subitemWeights.isEmpty()) {
            throw new IllegalArgumentException("unknown task type " + taskType);
        }
        Map<String, Integer> categoryWeights = new LinkedHashMap<>();
        CATEGORIES.keySet().forEach(category -> categoryWeights.put(category, 25));
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        subitemWeights.forEach((category, weights) -> copy.put(category, new LinkedHashMap<>(weights)));
        return new EvaluationConfigDocument(categoryWeights, copy, defaultLevels(), List.of());
    }

    /** Every task type's default config, in the order the task editor offers the types. */
    public static Map<String, EvaluationConfigDocument> defaultsByTaskType() {
        Map<String, EvaluationConfigDocument> defaults = new LinkedHashMap<>();
        DefaultEvaluation.taskTypes().forEach(type -> defaults.put(type, defaultFor(type)));
        return defaults;
    }

    public static Map<String, LevelBand> defaultLevels() {
        Map<String, LevelBand> levels = new LinkedHashMap<>();
        DefaultEvaluation.levels().forEach((name, band) -> levels.put(name, new LevelBand(band.min(), band.max())));
        return levels;
    }

    private EvaluationRules() {}
}
