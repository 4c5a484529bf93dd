package ai.smartsuccess.skillslab.scoring.service.calculate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 4: subitem scores clamped to 0..100; category = Σ raw × subitemWeight / 100; final = Σ category ×
 * categoryWeight / 100, rounded half-up to two decimals; level from the rounded final score. A failed subitem (null)
 * is left out and the rest of its category re-weighted to 100; a category with nothing scored is left out of the final
 * the same way. Both are listed as failed; none is replaced by a made-up score.
 */
public final class ScoreCalculator {

    /** A subitem's contribution. */
    public record Subitem(double raw, double weight, double weighted) {}

    /**
     * @param categoryScores category key to its score, rounded to two decimals (failed categories absent)
     * @param subitems category key to (subitem key to contribution)
     * @param failed "category" or "category.subitem" keys that could not be scored
     */
    public record Result(
            double finalScore,
            String level,
            Map<String, Double> categoryScores,
            Map<String, Map<String, Subitem>> subitems,
            List<String> failed) {}

    private ScoreCalculator() {}

    /** @param raw category key to (subitem key to raw score, or null when its scorer failed) */
    public static Result calculate(Map<String, Map<String, Double>> raw, EffectiveConfig config) {
        Map<String, Double> categoryScores = new LinkedHashMap<>();
        Map<String, Map<String, Subitem>> subitems = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> weights :
                config.subitemWeights().entrySet()) {
            String category = weights.getKey();
            Map<String, Double> scores = raw.getOrDefault(category, Map.of());
            double available = 0;
            for (Map.Entry<String, Double> w : weights.getValue().entrySet()) {
                if (scores.get(w.getKey()) != null) {
                    available += w.getValue();
                } else {
                    failed.add(category + "." + w.getKey());
                }
            }
            Map<String, Subitem> contributions = new LinkedHashMap<>();
            double total = 0;
            for (Map.Entry<String, Double> w : weights.getValue().entrySet()) {
                Double score = scores.get(w.getKey());
                if (score == null) {
                    continue;
                }
                double clamped = Scales.clamp(score, 0, 100);
                double weight =
                        available >= 100 - 1e-9 || available <= 0 ? w.getValue() : w.getValue() * 100 / available;
                double weighted = clamped * weight / 100;
                total += weighted;
                contributions.put(
                        w.getKey(),
                        new Subitem(Scales.round2(clamped), Scales.round2(weight), Scales.round2(weighted)));
            }
            subitems.put(category, contributions);
            if (contributions.isEmpty()) {
                failed.removeIf(f -> f.startsWith(category + "."));
                failed.add(category);
            } else {
                categoryScores.put(category, total);
            }
        }
        double available = 0;
        for (Map.Entry<String, Double> w : config.categoryWeights().entrySet()) {
            if (categoryScores.containsKey(w.getKey())) {
                available += w.getValue();
            }
        }
        double sum = 0;
        for (Map.Entry<String, Double> w : config.categoryWeights().entrySet()) {
            Double category = categoryScores.get(w.getKey());
            if (category != null && available > 0) {
                sum += category * w.getValue() / available;
            }
        }
        double finalScore = Scales.round2(Scales.clamp(sum, 0, 100));
        Map<String, Double> rounded = new LinkedHashMap<>();
        categoryScores.forEach((k, v) -> rounded.put(k, Scales.round2(v)));
        return new Result(finalScore, LevelResolver.resolve(finalScore, config.levels()), rounded, subitems, failed);
    }
}
