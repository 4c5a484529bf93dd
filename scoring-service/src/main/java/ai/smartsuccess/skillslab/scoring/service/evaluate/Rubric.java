package ai.smartsuccess.skillslab.scoring.service.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The design's four categories and their four subitems each, in their stable report order. */
public final class Rubric {

    public static final String PLANNING = "planning";
    public static final String PROMPT_ENGINEERING = "prompt_engineering";
    public static final String TOOL_ORCHESTRATION = "tool_orchestration";
    public static final String OUTCOME_QUALITY = "outcome_quality";

    public static final Map<String, List<String>> SUBITEMS;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(PLANNING, List.of("task_breakdown", "time_estimation", "milestone_definition", "problem_understanding"));
        m.put(
                PROMPT_ENGINEERING,
                List.of("clarity_specificity", "context_management", "iteration_efficiency", "error_recovery"));
        m.put(
                TOOL_ORCHESTRATION,
                List.of("tool_selection", "multi_tool_coordination", "workflow_efficiency", "resource_utilization"));
        m.put(OUTCOME_QUALITY, List.of("correctness", "code_quality", "documentation", "edge_case_handling"));
        SUBITEMS = java.util.Collections.unmodifiableMap(m);
    }

    private Rubric() {}

    public static List<String> categories() {
        return List.copyOf(SUBITEMS.keySet());
    }

    /** The built-in category a subitem belongs to, or null. */
    public static String categoryOf(String subitem) {
        return SUBITEMS.entrySet().stream()
                .filter(e -> e.getValue().contains(subitem))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** "prompt_engineering" becomes "Prompt engineering". */
    public static String label(String key) {
        String spaced = key.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
