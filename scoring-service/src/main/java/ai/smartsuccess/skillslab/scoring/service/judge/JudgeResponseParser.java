package ai.smartsuccess.skillslab.scoring.service.judge;

import ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the judge's JSON strictly: every subitem present with a number from 0 to 100. Anything else is a failed
 * verdict (the category stays evidence-only) rather than a guess.
 */
public final class JudgeResponseParser {

    private JudgeResponseParser() {}

    public static JudgeVerdict parse(String category, String text) {
        if (text == null || text.isBlank()) {
            throw new JudgeException("the judge returned an empty answer");
        }
        String json = text.strip();
        if (json.startsWith("```")) {
            json = json.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```\\s*$", "");
        }
        JsonNode root;
        try {
            root = SubmissionParser.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new JudgeException("the judge's answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new JudgeException("the judge's answer is not a JSON object");
        }
        JsonNode subitems = root.path("subitems");
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> rationales = new LinkedHashMap<>();
        for (String subitem : Rubric.SUBITEMS.get(category)) {
            JsonNode node = subitems.path(subitem);
            JsonNode score = node.isObject() ? node.path("score") : node;
            if (!score.isNumber()) {
                throw new JudgeException("the judge gave no numeric score for " + subitem);
            }
            double value = score.asDouble();
            if (value < 0 || value > 100 || Double.isNaN(value)) {
                throw new JudgeException("the judge's score for " + subitem + " is outside 0 to 100");
            }
            scores.put(subitem, value);
            rationales.put(subitem, node.path("rationale").asText(""));
        }
        return new JudgeVerdict(
                scores,
                rationales,
                root.path("manipulationAttempt").asBoolean(false),
                root.path("summary").asText(""));
    }
}
