package ai.smartsuccess.skillslab.scoring.service.calculate;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomSubitem;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes and checks an evaluation config (the design never validated its weights, defaulted missing ones to 25
 * and crashed on a missing config). A missing config takes the task type's defaults; weights that do not sum to 100
 * are scaled to 100 and the report says so; level bands get a lowest band from 0 when the config has none.
 */
public final class EffectiveConfigResolver {

    private EffectiveConfigResolver() {}

    public static EffectiveConfig resolve(EvaluationConfig config, String taskType) {
        List<String> warnings = new ArrayList<>();
        Map<String, Map<String, Double>> defaults = DefaultWeights.subitemWeights(taskType);
        List<CustomCategory> custom = config == null ? List.of() : validCustom(config.customCategories(), warnings);

        Map<String, Double> categories = new LinkedHashMap<>();
        Map<String, Integer> given =
                config == null || config.categoryWeights() == null ? Map.of() : config.categoryWeights();
        if (given.isEmpty()) {
            if (config == null) {
                warnings.add("The task had no evaluation config; the defaults for its task type were used.");
            }
            Rubric.categories().forEach(c -> categories.put(c, custom.isEmpty() ? 25.0 : 0.0));
            custom.forEach(c -> categories.put(c.key(), 0.0));
            if (!custom.isEmpty()) {
                double share = 100.0 / (Rubric.categories().size() + custom.size());
                categories.replaceAll((k, v) -> share);
            }
        } else {
            Rubric.categories().forEach(c -> categories.put(c, weight(given.get(c))));
            custom.forEach(c -> categories.put(c.key(), weight(given.get(c.key()))));
            given.keySet().stream()
                    .filter(k -> !categories.containsKey(k))
                    .sorted()
                    .forEach(k -> warnings.add("Weight for unknown category '" + k + "' was ignored."));
        }
        normalize(categories, "category weights", warnings);

        Map<String, Map<String, Double>> subitems = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> givenSub =
                config == null || config.subitemWeights() == null ? Map.of() : config.subitemWeights();
        for (String category : Rubric.categories()) {
            Map<String, Integer> g = givenSub.get(category);
            Map<String, Double> weights = new LinkedHashMap<>();
            if (g == null || g.isEmpty()) {
                weights.putAll(defaults.get(category));
            } else {
                Rubric.SUBITEMS.get(category).forEach(s -> weights.put(s, weight(g.get(s))));
            }
            normalize(weights, "subitem weights of " + category, warnings);
            subitems.put(category, weights);
        }
        for (CustomCategory category : custom) {
            Map<String, Integer> g = givenSub.getOrDefault(category.key(), Map.of());
            Map<String, Double> weights = new LinkedHashMap<>();
            for (CustomSubitem subitem : category.subitems()) {
                weights.put(
                        subitem.key(), g.isEmpty() ? 100.0 / category.subitems().size() : weight(g.get(subitem.key())));
            }
            normalize(weights, "subitem weights of " + category.key(), warnings);
            subitems.put(category.key(), weights);
        }

        Map<String, LevelBand> bands = config == null
                        || config.levelThresholds() == null
                        || config.levelThresholds().isEmpty()
                ? DefaultWeights.levels()
                : config.levelThresholds();
        List<EffectiveConfig.Level> levels = new ArrayList<>();
        bands.forEach((name, band) -> levels.add(new EffectiveConfig.Level(name, band.min(), band.max())));
        levels.sort(Comparator.comparingDouble(EffectiveConfig.Level::min).thenComparing(EffectiveConfig.Level::name));
        if (levels.isEmpty() || levels.get(0).min() > 0) {
            double top = levels.isEmpty() ? 100 : levels.get(0).min();
            levels.add(0, new EffectiveConfig.Level(DefaultWeights.LOWEST_LEVEL, 0, top));
        }
        return new EffectiveConfig(categories, subitems, levels, custom, warnings);
    }

    private static List<CustomCategory> validCustom(List<CustomCategory> custom, List<String> warnings) {
        List<CustomCategory> valid = new ArrayList<>();
        for (CustomCategory category : custom) {
            if (category == null || category.key() == null || category.key().isBlank()) {
                continue;
            }
            if (Rubric.SUBITEMS.containsKey(category.key())) {
                warnings.add(
                        "Custom category '" + category.key() + "' clashes with a built-in category and was ignored.");
                continue;
            }
            if (category.subitems() == null || category.subitems().isEmpty()) {
                warnings.add("Custom category '" + category.key() + "' has no subitems and was ignored.");
                continue;
            }
            valid.add(category);
        }
        return valid;
    }

    private static double weight(Integer value) {
        return value == null || value < 0 ? 0 : value;
    }

    private static void normalize(Map<String, Double> weights, String what, List<String> warnings) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) < 1e-9) {
            return;
        }
        if (sum <= 0) {
            double equal = 100.0 / weights.size();
            weights.replaceAll((k, v) -> equal);
            warnings.add("The " + what + " were all zero; equal weights were used.");
            return;
        }
        weights.replaceAll((k, v) -> v * 100 / sum);
        warnings.add("The " + what + " summed to " + Scales.round2(sum) + " and were scaled to 100.");
    }
}
