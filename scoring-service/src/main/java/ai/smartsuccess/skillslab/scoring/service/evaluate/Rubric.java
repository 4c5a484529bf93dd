package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import java.util.List;
import java.util.Map;

/** The four categories and their four subitems each ({@link DefaultEvaluation}), in their stable report order. */
public final class Rubric {

    public static final String PLANNING = "planning";
    public static final String PROMPT_ENGINEERING = "prompt_engineering";
    public static final String TOOL_ORCHESTRATION = "tool_orchestration";
    public static final String OUTCOME_QUALITY = "outcome_quality";

    public static final Map<String, List<String>> SUBITEMS = DefaultEvaluation.CATEGORIES;

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
