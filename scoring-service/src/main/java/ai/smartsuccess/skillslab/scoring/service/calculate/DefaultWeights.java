package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design's default weights per task type (every row sums to 100) and the default level bands, with the band below
 * operator that the design left out.
 */
public final class DefaultWeights {

    private static final Map<String, int[][]> BY_TYPE = Map.of(
            "code_generation", new int[][] {{20, 25, 25, 30}, {35, 25, 25, 15}, {30, 20, 30, 20}, {40, 30, 15, 15}},
            "refactoring", new int[][] {{30, 20, 25, 25}, {25, 30, 25, 20}, {25, 25, 30, 20}, {35, 35, 15, 15}},
            "bug_fix", new int[][] {{20, 25, 20, 35}, {25, 30, 30, 15}, {25, 20, 35, 20}, {45, 25, 15, 15}},
            "system_design", new int[][] {{35, 20, 25, 20}, {25, 25, 25, 25}, {30, 30, 25, 15}, {30, 25, 25, 20}},
            "multi_agent", new int[][] {{35, 20, 25, 20}, {25, 30, 25, 20}, {35, 35, 20, 10}, {35, 25, 20, 20}},
            "open_ended", new int[][] {{30, 20, 25, 25}, {20, 25, 25, 30}, {30, 30, 25, 15}, {25, 20, 30, 25}});

    public static final String LOWEST_LEVEL = "explorer";

    private DefaultWeights() {}

    public static Map<String, Map<String, Double>> subitemWeights(String taskType) {
        int[][] rows = taskType == null ? null : BY_TYPE.get(taskType);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        int c = 0;
        for (Map.Entry<String, List<String>> category :
                ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric.SUBITEMS.entrySet()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            List<String> subitems = category.getValue();
            for (int s = 0; s < subitems.size(); s++) {
                weights.put(subitems.get(s), rows == null ? 25.0 : rows[c][s]);
            }
            out.put(category.getKey(), weights);
            c++;
        }
        return out;
    }

    public static Map<String, LevelBand> levels() {
        Map<String, LevelBand> levels = new LinkedHashMap<>();
        levels.put(LOWEST_LEVEL, new LevelBand(0, 39));
        levels.put("operator", new LevelBand(40, 64));
        levels.put("architect", new LevelBand(65, 84));
        levels.put("innovator", new LevelBand(85, 100));
        return levels;
    }
}
