package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a report's feedback against the metrics printed beside it, from the published report alone: every strength and
 * improvement names claims, each claim's words are in the sentence, and each claim's metric lies in the claim's range.
 */
public final class FeedbackClaims {

    private FeedbackClaims() {}

    /** What is wrong with the report's feedback, one line per problem; empty when every sentence agrees with its metrics. */
    public static List<String> violations(ScoreReport report) {
        List<String> problems = new ArrayList<>();
        for (Feedback strength : report.strengths()) {
            double raw = report.subitemScores()
                    .get(strength.category())
                    .get(strength.subitem())
                    .raw();
            if (raw < 70) {
                problems.add("strength on " + strength.subitem() + " scored " + raw);
            }
            check(report, strength, "claims", problems);
        }
        for (Feedback improvement : report.improvements()) {
            check(report, improvement, "improvementClaims", problems);
        }
        return problems;
    }

    private static void check(ScoreReport report, Feedback feedback, String key, List<String> problems) {
        Map<?, ?> subitem = subitem(report, feedback.category(), feedback.subitem());
        Map<?, ?> metrics = (Map<?, ?>) subitem.get("metrics");
        List<?> claims = (List<?>) subitem.get(key);
        String where = feedback.category() + "." + feedback.subitem() + " \"" + feedback.text() + "\"";
        if (claims == null || claims.isEmpty()) {
            problems.add(where + ": no claims published");
            return;
        }
        for (Object c : claims) {
            Map<?, ?> claim = (Map<?, ?>) c;
            String text = (String) claim.get("text");
            if (!feedback.text().contains(text)) {
                problems.add(where + ": claim \"" + text + "\" is not what the sentence says");
            }
            Double value = Claim.value(metrics.get(claim.get("metric")));
            double min = ((Number) claim.get("min")).doubleValue();
            double max = claim.get("max") == null ? Double.MAX_VALUE : ((Number) claim.get("max")).doubleValue();
            if (value == null || value < min || value > max) {
                problems.add(where + ": claim \"" + text + "\" needs " + claim.get("metric") + " in [" + min + ", "
                        + (claim.get("max") == null ? "∞" : max) + "] but it is " + metrics.get(claim.get("metric")));
            }
        }
    }

    /** A metric the report publishes for a subitem, as a number. */
    public static double metric(ScoreReport report, String category, String subitem, String metric) {
        Map<?, ?> metrics = (Map<?, ?>) subitem(report, category, subitem).get("metrics");
        return Claim.value(metrics.get(metric));
    }

    private static Map<?, ?> subitem(ScoreReport report, String category, String subitem) {
        Map<?, ?> categories = (Map<?, ?>) report.detailedAnalysis().get("categoryAnalysis");
        Map<?, ?> subitems = (Map<?, ?>) ((Map<?, ?>) categories.get(category)).get("subitems");
        return (Map<?, ?>) subitems.get(subitem);
    }
}
