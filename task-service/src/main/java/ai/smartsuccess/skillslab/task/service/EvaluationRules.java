package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.LevelBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring model of the product: four categories of four subitems each, four levels, and the default weights of
 * each task type (design section 3.3; every row sums to 100).
 */
public final class EvaluationRules {

    public static final Map<String, List<String>> CATEGORIES = ordered(
            "planning",
            List.of("task_breakdown", "time_estimation", "milestone_definition", "problem_understanding"),
            "prompt_engineering",
            List.of("clarity_specificity", "context_management", "iteration_efficiency", "error_recovery"),
            "tool_orchestration",
            List.of("tool_selection", "multi_tool_coordination", "workflow_efficiency", "resource_utilization"),
            "outcome_quality",
            List.of("correctness", "code_quality", "documentation", "edge_case_handling"));

    /** Every built-in subitem key: what a custom subitem may take its evidence from. */
    public static final Set<String> SUBITEMS =
            Set.copyOf(CATEGORIES.values().stream().flatMap(List::stream).toList());

    /** Lowest first. The level below operator is explorer, so that every score from 0 to 100 has a level. */
    public static final List<String> LEVELS = List.of("explorer", "operator", "architect", "innovator");

    private static final Map<String, int[][]> SUBITEM_DEFAULTS = Map.of(
            "code_generation", new int[][] {{20, 25, 25, 30}, {35, 25, 25, 15}, {30, 20, 30, 20}, {40, 30, 15, 15}},
            "refactoring", new int[][] {{30, 20, 25, 25}, {25, 30, 25, 20}, {25, 25, 30, 20}, {35, 35, 15, 15}},
            "bug_fix", new int[][] {{20, 25, 20, 35}, {25, 30, 30, 15}, {25, 20, 35, 20}, {45, 25, 15, 15}},
            "system_design", new int[][] {{35, 20, 25, 20}, {25, 25, 25, 25}, {30, 30, 25, 15}, {30, 25, 25, 20}},
            "multi_agent", new int[][] {{35, 20, 25, 20}, {25, 30, 25, 20}, {35, 35, 20, 10}, {35, 25, 20, 20}},
            "open_ended", new int[][] {{30, 20, 25, 25}, {20, 25, 25, 30}, {30, 30, 25, 15}, {25, 20, 30, 25}});

    /**
     * The config a task of this type gets when its creator gives none: equal category weights, the type's subitem
     * weights, the default level bands, no custom categories.
     */
    public static EvaluationConfigDocument defaultFor(String taskType) {
        int[][] rows = SUBITEM_DEFAULTS.get(taskType);
        if (rows == null) {
            throw new IllegalArgumentException("unknown task type " + taskType);
        }
        Map<String, Integer> categoryWeights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> subitemWeights = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
            categoryWeights.put(category.getKey(), 25);
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (int i = 0; i < category.getValue().size(); i++) {
                weights.put(category.getValue().get(i), rows[row][i]);
            }
            subitemWeights.put(category.getKey(), weights);
            row++;
        }
        return new EvaluationConfigDocument(categoryWeights, subitemWeights, defaultLevels(), List.of());
    }

    public static Map<String, LevelBand> defaultLevels() {
        Map<String, LevelBand> levels = new LinkedHashMap<>();
        levels.put("explorer", new LevelBand(0, 39));
        levels.put("operator", new LevelBand(40, 64));
        levels.put("architect", new LevelBand(65, 84));
        levels.put("innovator", new LevelBand(85, 100));
        return levels;
    }

    private static Map<String, List<String>> ordered(Object... keysAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> value = (List<String>) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private EvaluationRules() {}
}
