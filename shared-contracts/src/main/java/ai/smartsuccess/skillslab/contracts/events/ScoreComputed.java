package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A finished score report. Scores are on 0 to 100; {@code finalScore} is rounded to two decimals and the level is
 * decided on that rounded value.
 *
 * @param subitemScores category key to (subitem key to score)
 * @param failedEvaluators categories whose evaluator failed; they are reported, never silently given a neutral score
 * @param detailedAnalysis summary, per-category analysis, time and AI-usage analysis (a JSON object shaped as
 *     {@link ai.smartsuccess.skillslab.contracts.report.DetailedAnalysis})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreComputed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        String userId,
        UUID scoringRunId,
        String scoringVersion,
        List<String> scoringModels,
        double finalScore,
        String proficiencyLevel,
        Map<String, Double> categoryScores,
        Map<String, Map<String, SubitemScore>> subitemScores,
        List<Feedback> strengths,
        List<Feedback> improvements,
        List<Highlight> aiHighlights,
        Map<String, Object> detailedAnalysis,
        List<String> failedEvaluators)
        implements ScoreResultEvent {

    public static final String TYPE = "ScoreComputed";
    public static final int SCHEMA_VERSION = 1;

    public ScoreComputed {
        type = TYPE;
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }

    /**
     * @param raw the subitem score on 0 to 100
     * @param weight the subitem's weight within its category (0 to 100)
     * @param weighted {@code raw * weight / 100}
     * @param evidenceScore the deterministic evidence score before any judge blending
     * @param judgeScore the LLM judge's score, when a judge ran
     * @param basis what evidence the score was taken from, in a few words (null in reports before scoring 1.3.0)
     * @param enoughEvidence false when the session held too little evidence to judge the subitem: the score then
     *     follows the documented no-evidence rule (it never rewards absence) and readers are told so; null in reports
     *     before scoring 1.3.0
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubitemScore(
            double raw,
            double weight,
            double weighted,
            double evidenceScore,
            Double judgeScore,
            String basis,
            Boolean enoughEvidence) {

        public SubitemScore(double raw, double weight, double weighted, double evidenceScore, Double judgeScore) {
            this(raw, weight, weighted, evidenceScore, judgeScore, null, null);
        }
    }

    /** A strength or an improvement, tied to the evidence that supports it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feedback(String category, String subitem, String text, List<EvidenceRef> evidence) {}

    /** A pointer into the session timeline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvidenceRef(String eventId, Instant timestamp, String description) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Highlight(String type, String description, String content, String eventId, Instant timestamp) {}
}
