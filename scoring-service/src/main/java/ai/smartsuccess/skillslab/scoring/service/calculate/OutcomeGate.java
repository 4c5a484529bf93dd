package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TestActivity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level is a claim a hiring team repeats ("uses AI effectively for well-defined tasks"), so it must be true of what
 * the session produced, whatever its process scores. When the task's hidden suite ran, its pass rate (0 when the run
 * was interfered with) bounds the level by band position, so that moved or renamed bands keep the rule:
 *
 * <ul>
 *   <li>below a quarter passing, the work does not do what the task asks: the lowest band at most;
 *   <li>below three quarters, the second band at most: the two top bands need strong outcome evidence as well as strong
 *       process.
 * </ul>
 *
 * A bounded session's final score is mapped into the band the outcome allows, in proportion (see {@link #compress}), so
 * that the score and the level never tell two stories and bounded sessions keep their order. Without a hidden test
 * result the outcome rests on the candidate's own evidence, which can show the work ran but not that it does what the
 * task asks: the top band is out of reach, and the second-highest needs the candidate's own tests passing after the
 * last change of substantial code (else the second band at most).
 */
public final class OutcomeGate {

    public static final double UNSOLVED_BELOW = 0.25;
    public static final double STRONG_FROM = 0.75;

    /** The outcome estimate of a session whose own tests passed after the last change of substantial code. */
    public static final double OWN_TESTS_PASSED = 0.7;

    /**
     * @param finalScore the score after the gate
     * @param level the level after the gate
     * @param analysis what the gate saw and did, for the report
     */
    public record Gated(double finalScore, String level, Map<String, Object> analysis) {}

    private OutcomeGate() {}

    /**
     * The gate for a scored session: by the hidden pass rate when the task's hidden suite ran (or was interfered with);
     * otherwise by the candidate's own evidence, which is never strong enough for the top level.
     */
    public static Gated apply(double finalScore, String level, List<EffectiveConfig.Level> levels, TestActivity tests) {
        if (tests.outcomeFromHiddenTests()) {
            return apply(finalScore, level, levels, tests.hidden());
        }
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put(
                "rule",
                "no hidden test result: the second-highest level at most when the candidate's own tests passed after"
                        + " the last change of substantial code, else the second level at most");
        boolean ownTestsPassed = tests.outcomeRate() >= OWN_TESTS_PASSED;
        int allowed = Math.max(0, ownTestsPassed ? levels.size() - 2 : Math.min(1, levels.size() - 1));
        analysis.put("outcomeSource", tests.outcomeSource());
        analysis.put("outcomeRate", Scales.round2(tests.outcomeRate()));
        return bound(finalScore, level, levels, allowed, analysis);
    }

    public static Gated apply(
            double finalScore, String level, List<EffectiveConfig.Level> levels, HiddenOutcome hidden) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put(
                "rule",
                "hidden pass rate < " + UNSOLVED_BELOW + ": lowest level at most; < " + STRONG_FROM
                        + ": second level at most");
        // A run the submission interfered with counts as nothing solved, whether or not it got to run its tests.
        boolean interfered = hidden != null && !hidden.trusted();
        if (hidden == null || (!interfered && (!hidden.ran() || hidden.total() == 0))) {
            analysis.put("applied", false);
            analysis.put("reason", "no hidden test result to bound the level with");
            return new Gated(finalScore, level, analysis);
        }
        double rate = hidden.passRate();
        int allowed = rate < UNSOLVED_BELOW ? 0 : rate < STRONG_FROM ? 1 : levels.size() - 1;
        analysis.put("hiddenPassRate", Scales.round2(rate));
        return bound(finalScore, level, levels, allowed, analysis);
    }

    private static Gated bound(
            double finalScore,
            String level,
            List<EffectiveConfig.Level> levels,
            int allowedIndex,
            Map<String, Object> analysis) {
        int allowed = Math.min(allowedIndex, levels.size() - 1);
        int current = indexOf(levels, level);
        analysis.put("highestAllowedLevel", levels.get(allowed).name());
        if (allowed == levels.size() - 1) {
            analysis.put("applied", false);
            analysis.put("reason", "the outcome allows every level");
            return new Gated(finalScore, level, analysis);
        }
        EffectiveConfig.Level cap = levels.get(allowed);
        // A whole number below the next band, so that no rounding on a page shows the next band's minimum.
        double top = Math.min(cap.max(), Math.ceil(levels.get(allowed + 1).min()) - 1);
        double gated = compress(finalScore, cap.min(), top);
        if (gated == finalScore) {
            analysis.put("applied", false);
            analysis.put("reason", "the score is within what the outcome allows");
            return new Gated(finalScore, level, analysis);
        }
        analysis.put("applied", true);
        analysis.put("scoreBeforeGate", finalScore);
        analysis.put("levelBeforeGate", level);
        return new Gated(gated, current > allowed ? cap.name() : level, analysis);
    }

    /**
     * Maps a score above the allowed band's minimum into the band in proportion ({@code low + (top − low) × (score −
     * low) / (100 − low)}), so that bounded sessions keep their order among themselves: a careful unsolved session
     * stays above a thrashing one instead of both being cut to the same ceiling.
     */
    static double compress(double score, double low, double top) {
        if (score <= low) {
            return score;
        }
        return Math.min(top, Scales.round2(low + (top - low) * (score - low) / (100 - low)));
    }

    private static int indexOf(List<EffectiveConfig.Level> levels, String name) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }
}
