package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import java.util.ArrayList;
import java.util.Collection;
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
            Double value = number(metrics.get(claim.get("metric")));
            double min = ((Number) claim.get("min")).doubleValue();
            double max = claim.get("max") == null ? Double.MAX_VALUE : ((Number) claim.get("max")).doubleValue();
            if (value == null || value < min || value > max) {
                problems.add(where + ": claim \"" + text + "\" needs " + claim.get("metric") + " in [" + min + ", "
                        + (claim.get("max") == null ? "∞" : max) + "] but it is " + metrics.get(claim.get("metric")));
            }
        }
    }

    private static Map<?, ?> subitem(ScoreReport report, String category, String subitem) {
        Map<?, ?> categories = (Map<?, ?>) report.detailedAnalysis().get("categoryAnalysis");
        Map<?, ?> subitems = (Map<?, ?>) ((Map<?, ?>) categories.get(category)).get("subitems");
        return (Map<?, ?>) subitems.get(subitem);
    }

    private static Double number(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (raw instanceof Collection<?> c) {
            return (double) c.size();
        }
        return null;
    }
}
