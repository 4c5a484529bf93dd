package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a public result may call itself verified. A shared level is a claim about the candidate made to strangers
 * (recruiters, a LinkedIn feed) who cannot read the evidence report; "verified" must therefore mean that the level rests
 * on evidence nobody could steer, not merely that Skills Lab issued a number. It does when all of these hold:
 *
 * <ul>
 *   <li>scoring ran fully: no evaluator failed (a failed one falls back to a default and the score is partly guessed);
 *   <li>outcome quality was judged from the task's hidden tests ({@code outcomeEvidence.source = hidden-tests}), which
 *       the candidate never saw, and not from their own test runs or from nothing; a hidden run the submission
 *       interfered with ({@code testing.hiddenTests.counted = false}) does not count;
 *   <li>no integrity flag: no attempt to address the scorer, no hidden-test flag, no gap in the recorded evidence;
 *   <li>the level stands as computed: the outcome gate did not cap it and it was not withheld for want of evidence
 *       ({@code dataQuality.enoughEvidence = false}).
 * </ul>
 *
 * Reports of scoring versions before 1.3.0 say nothing about where the outcome came from and are never verified. Every
 * other result is still a real score, and says "score issued by Skills Lab" instead.
 */
public final class ResultVerification {

    public static boolean verified(ScoreReportDocument report) {
        if (report == null || blank(report.proficiencyLevel())) {
            return false;
        }
        if (report.failedEvaluators() != null && !report.failedEvaluators().isEmpty()) {
            return false;
        }
        Map<String, Object> analysis = report.detailedAnalysis();
        if (analysis == null) {
            return false;
        }
        return ranFully(analysis)
                && outcomeFromHiddenTests(analysis)
                && noIntegrityFlag(analysis)
                && levelStands(analysis, report.proficiencyLevel());
    }

    private static boolean ranFully(Map<String, Object> analysis) {
        return empty(analysis.get("failedEvaluators"));
    }

    private static boolean outcomeFromHiddenTests(Map<String, Object> analysis) {
        if (!"hidden-tests".equals(member(analysis, "outcomeEvidence", "source"))) {
            return false;
        }
        Object hidden = member(analysis, "testing", "hiddenTests");
        return !(hidden instanceof Map<?, ?> h) || !Boolean.FALSE.equals(h.get("counted"));
    }

    private static boolean noIntegrityFlag(Map<String, Object> analysis) {
        if (!(analysis.get("integrity") instanceof Map<?, ?> integrity)) {
            // The report says nothing about its own trustworthiness: nothing to vouch for.
            return false;
        }
        return empty(integrity.get("manipulationAttempts"))
                && empty(integrity.get("hiddenTestFlags"))
                && empty(integrity.get("evidence") instanceof Map<?, ?> evidence ? evidence.get("signals") : null);
    }

    private static boolean levelStands(Map<String, Object> analysis, String level) {
        if (Boolean.TRUE.equals(member(analysis, "outcomeGate", "applied"))) {
            return false;
        }
        if (Boolean.FALSE.equals(member(analysis, "dataQuality", "enoughEvidence"))) {
            return false;
        }
        return !level.toLowerCase(Locale.ROOT).contains("withheld");
    }

    private static Object member(Map<String, Object> analysis, String section, String name) {
        return analysis.get(section) instanceof Map<?, ?> m ? m.get(name) : null;
    }

    private static boolean empty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        // A sentence or a count in place of a list: something was reported.
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private ResultVerification() {}
}
