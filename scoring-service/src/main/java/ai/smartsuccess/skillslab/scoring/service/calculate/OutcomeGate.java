package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
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
 * The final score is lowered to the top of the band the outcome allows, so that the score and the level never tell
 * two stories. Without a hidden suite that ran, nothing is bounded here.
 */
public final class OutcomeGate {

    public static final double UNSOLVED_BELOW = 0.25;
    public static final double STRONG_FROM = 0.75;

    /**
     * @param finalScore the score after the gate
     * @param level the level after the gate
     * @param analysis what the gate saw and did, for the report
     */
    public record Gated(double finalScore, String level, Map<String, Object> analysis) {}

    private OutcomeGate() {}

    public static Gated apply(
            double finalScore, String level, List<EffectiveConfig.Level> levels, HiddenOutcome hidden) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put(
                "rule",
                "hidden pass rate < " + UNSOLVED_BELOW + ": lowest level at most; < " + STRONG_FROM
                        + ": second level at most");
        if (hidden == null || !hidden.ran() || hidden.total() == 0) {
            analysis.put("applied", false);
            analysis.put("reason", "no hidden test result to bound the level with");
            return new Gated(finalScore, level, analysis);
        }
        double rate = hidden.passRate();
        int allowed = rate < UNSOLVED_BELOW ? 0 : rate < STRONG_FROM ? 1 : levels.size() - 1;
        allowed = Math.min(allowed, levels.size() - 1);
        int current = indexOf(levels, level);
        analysis.put("hiddenPassRate", Scales.round2(rate));
        analysis.put("highestAllowedLevel", levels.get(allowed).name());
        if (current <= allowed) {
            analysis.put("applied", false);
            analysis.put("reason", "the level is within what the outcome allows");
            return new Gated(finalScore, level, analysis);
        }
        EffectiveConfig.Level cap = levels.get(allowed);
        // A whole number below the next band, so that no rounding on a page shows the next band's minimum.
        double top = Math.min(cap.max(), Math.ceil(levels.get(allowed + 1).min()) - 1);
        double gated = Scales.round2(Math.min(finalScore, top));
        analysis.put("applied", true);
        analysis.put("scoreBeforeGate", finalScore);
        analysis.put("levelBeforeGate", level);
        return new Gated(gated, cap.name(), analysis);
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
