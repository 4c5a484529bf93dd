package ai.smartsuccess.skillslab.contracts.evaluation;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring model every service agrees on: four categories of four subitems each, the level bands, and each task
 * type's default subitem weights (every row sums to 100). task-service completes a task's evaluation config from it
 * and serves it to the web app; scoring-service reads it for an event that carries no config. Defined once here so
 * the three cannot drift apart.
 */
public final class DefaultEvaluation {

    /** Category key to its subitem keys, in the order the product shows them. */
    public static final Map<String, List<String>> CATEGORIES = ordered(
            "planning",
            List.of("task_breakdown", "time_estimation", "milestone_definition", "problem_understanding"),
            "prompt_engineering",
            List.of("clarity_specificity", "context_management", "iteration_efficiency", "error_recovery"),
            "tool_orchestration",
            List.of("tool_selection", "multi_tool_coordination", "workflow_efficiency", "resource_utilization"),
            "outcome_quality",
            List.of("correctness", "code_quality", "documentation", "edge_case_handling"));

    /** The lowest level: every score from 0 up has a level. */
    public static final String LOWEST_LEVEL = "explorer";

    /** One row per category, in {@link #CATEGORIES} order; one weight per subitem. */
    private static final Map<String, int[][]> SUBITEM_WEIGHTS = new LinkedHashMap<>();

    static {
        SUBITEM_WEIGHTS.put(
                "code_generation",
                new int[][] {{20, 25, 25, 30}, {35, 25, 25, 15}, {30, 20, 30, 20}, {40, 30, 15, 15}});
        SUBITEM_WEIGHTS.put(
                "refactoring", new int[][] {{30, 20, 25, 25}, {25, 30, 25, 20}, {25, 25, 30, 20}, {35, 35, 15, 15}});
        SUBITEM_WEIGHTS.put(
                "bug_fix", new int[][] {{20, 25, 20, 35}, {25, 30, 30, 15}, {25, 20, 35, 20}, {45, 25, 15, 15}});
        SUBITEM_WEIGHTS.put(
                "system_design", new int[][] {{35, 20, 25, 20}, {25, 25, 25, 25}, {30, 30, 25, 15}, {30, 25, 25, 20}});
        SUBITEM_WEIGHTS.put(
                "multi_agent", new int[][] {{35, 20, 25, 20}, {25, 30, 25, 20}, {35, 35, 20, 10}, {35, 25, 20, 20}});
        SUBITEM_WEIGHTS.put(
                "open_ended", new int[][] {{30, 20, 25, 25}, {20, 25, 25, 30}, {30, 30, 25, 15}, {25, 20, 30, 25}});
    }

    private DefaultEvaluation() {}

    /** The task types, in the order the product offers them; each has default weights. */
    public static List<String> taskTypes() {
        return List.copyOf(SUBITEM_WEIGHTS.keySet());
    }

    /**
     * The default subitem weights of a task type, category key to (subitem key to weight); empty for an unknown type.
     */
    public static Map<String, Map<String, Integer>> subitemWeights(String taskType) {
        int[][] rows = taskType == null ? null : SUBITEM_WEIGHTS.get(taskType);
        if (rows == null) {
            return Map.of();
        }
        Map<String, Map<String, Integer>> weights = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
            Map<String, Integer> subitems = new LinkedHashMap<>();
            for (int i = 0; i < category.getValue().size(); i++) {
                subitems.put(category.getValue().get(i), rows[row][i]);
            }
            weights.put(category.getKey(), Collections.unmodifiableMap(subitems));
            row++;
        }
        return Collections.unmodifiableMap(weights);
    }

    /** Level name to band, lowest first; the bands cover 0 to 100. */
    public static Map<String, LevelBand> levels() {
        Map<String, LevelBand> levels = new LinkedHashMap<>();
        levels.put(LOWEST_LEVEL, new LevelBand(0, 39));
        levels.put("operator", new LevelBand(40, 64));
        levels.put("architect", new LevelBand(65, 84));
        levels.put("innovator", new LevelBand(85, 100));
        return Collections.unmodifiableMap(levels);
    }

    private static Map<String, List<String>> ordered(Object... keysAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> value = (List<String>) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return Collections.unmodifiableMap(map);
    }
}
