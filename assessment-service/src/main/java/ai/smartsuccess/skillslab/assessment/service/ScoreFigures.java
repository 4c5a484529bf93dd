package ai.smartsuccess.skillslab.assessment.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures a business compares candidates by, read from the score report exactly as scoring-service wrote it
 * ({@code detailedAnalysis}: {@code aiUsageAnalysis}, {@code timeAnalysis}, {@code testing.hiddenTests},
 * {@code integrity}). Nothing is estimated: a figure the report does not have (an older report, a section that is
 * missing or of another shape) is null.
 */
public final class ScoreFigures {

    /** Flag: the scorer set prompts aside as attempts to influence the score. */
    public static final String MANIPULATION_ATTEMPTS = "manipulation-attempts";
    /** Flag: submission notes addressed to the scoring, set aside. */
    public static final String NOTES_ADDRESSED_TO_SCORING = "notes-addressed-to-scoring";
    /** Flag: sentences dropped as lists of rubric keywords. */
    public static final String KEYWORD_STUFFING = "keyword-stuffing";

    /** The report's {@code totalPrompts}: prompts the AI proxy recorded. */
    public static Integer prompts(JsonObject aiUsage) {
        return integer(aiUsage, "totalPrompts");
    }

    /** The report's {@code aiProvenance.aiShareOfFinalCode}: the share (0 to 1) of the final code taken from AI. */
    public static Double aiCodeShare(JsonObject aiUsage) {
        return number(object(aiUsage, "aiProvenance"), "aiShareOfFinalCode");
    }

    public static List<String> modelsUsed(JsonObject aiUsage) {
        return strings(aiUsage, "modelsUsed");
    }

    public static Long inputTokens(JsonObject aiUsage) {
        return whole(aiUsage, "inputTokens");
    }

    public static Long outputTokens(JsonObject aiUsage) {
        return whole(aiUsage, "outputTokens");
    }

    /**
     * The integrity findings of the report, as sorted codes: the sandbox's hidden-test flags as they are
     * ({@code conftest}, {@code forged-results}...), the evidence signals as they are ({@code evidence-incomplete},
     * {@code activity-dropped}), and {@link #MANIPULATION_ATTEMPTS}, {@link #NOTES_ADDRESSED_TO_SCORING},
     * {@link #KEYWORD_STUFFING} when the scorer counted any. Null when the report has no integrity section (an
     * unknown is not a clean record); empty when it has one with nothing in it.
     */
    public static List<String> integrityFlags(JsonObject integrity) {
        if (integrity == null) {
            return null;
        }
        TreeSet<String> flags = new TreeSet<>();
        List<String> hidden = strings(integrity, "hiddenTestFlags");
        if (hidden != null) {
            hidden.stream().filter(flag -> !flag.isBlank()).forEach(flags::add);
        }
        List<String> signals = strings(object(integrity, "evidence"), "signals");
        if (signals != null) {
            signals.stream().filter(flag -> !flag.isBlank()).forEach(flags::add);
        }
        Object attempts = integrity.getValue("manipulationAttempts");
        if (attempts instanceof JsonArray list && !list.isEmpty()) {
            flags.add(MANIPULATION_ATTEMPTS);
        }
        if (positive(integrity, "notesAddressedToScoringIgnored")) {
            flags.add(NOTES_ADDRESSED_TO_SCORING);
        }
        if (positive(integrity, "stuffedSentencesIgnored")) {
            flags.add(KEYWORD_STUFFING);
        }
        return List.copyOf(flags);
    }

    /** The report's {@code totalSeconds} and its split by activity, each null when absent. */
    public static Map<String, Long> timeSplit(JsonObject time) {
        Map<String, Long> split = new LinkedHashMap<>();
        for (String key : List.of(
                "totalSeconds",
                "aiInteractionSeconds",
                "codingSeconds",
                "terminalSeconds",
                "planningSeconds",
                "idleSeconds",
                "timeLimitSeconds")) {
            split.put(key, whole(time, key));
        }
        return split;
    }

    /** The raw score (0 to 100) of every subitem, by category; null when the report has none. */
    public static Map<String, Map<String, Double>> subitemScores(JsonObject subitems) {
        if (subitems == null) {
            return null;
        }
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        subitems.forEach(category -> {
            if (category.getValue() instanceof JsonObject inner) {
                Map<String, Double> values = new LinkedHashMap<>();
                inner.forEach(subitem -> values.put(
                        subitem.getKey(),
                        subitem.getValue() instanceof JsonObject score ? number(score, "raw") : null));
                scores.put(category.getKey(), values);
            }
        });
        return scores;
    }

    public static Map<String, Double> categoryScores(JsonObject categories) {
        if (categories == null) {
            return null;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        categories.forEach(entry ->
                scores.put(entry.getKey(), entry.getValue() instanceof Number value ? value.doubleValue() : null));
        return scores;
    }

    // JSON access that never guesses: a value of another type reads as absent.

    public static JsonObject object(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof JsonObject child ? child : null;
    }

    public static Double number(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof Number value ? value.doubleValue() : null;
    }

    public static Long whole(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof Number value ? value.longValue() : null;
    }

    public static Integer integer(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof Number value ? value.intValue() : null;
    }

    public static Boolean bool(JsonObject parent, String key) {
        return parent != null && parent.getValue(key) instanceof Boolean value ? value : null;
    }

    public static List<String> strings(JsonObject parent, String key) {
        if (parent == null || !(parent.getValue(key) instanceof JsonArray array)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (item instanceof String text) {
                values.add(text);
            }
        });
        return values;
    }

    private static boolean positive(JsonObject parent, String key) {
        Double value = number(parent, key);
        return value != null && value > 0;
    }

    private ScoreFigures() {}
}
