package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.CustomCategory;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.CustomSubitem;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.LevelBand;
import ai.smartsuccess.skillslab.task.service.EvaluationConfigInput.LevelBandInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a client's evaluation config into the stored one, or names every field that breaks a rule: category weights
 * 0-100 summing to 100 with every category present, each category's subitems exactly its own and summing to 100, level
 * bands contiguous over 0-100 in the order explorer, operator, architect, innovator, custom categories well-formed.
 */
public final class EvaluationConfigValidator {

    static final String FIELD = "evaluationConfig";
    static final int MAX_CUSTOM_CATEGORIES = 6;
    static final int MAX_CUSTOM_SUBITEMS = 8;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DESCRIPTION_LENGTH = 1000;
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /**
     * @param input what the client sent (never null)
     * @param base what the task has now, or the default of its type for a new task
     */
    public static EvaluationConfigDocument resolve(EvaluationConfigInput input, EvaluationConfigDocument base) {
        List<FieldError> errors = new ArrayList<>();

        List<CustomCategory> customs = input.customCategories() != null
                ? input.customCategories()
                : (base.customCategories() == null ? List.of() : base.customCategories());
        Map<String, List<String>> categories = new LinkedHashMap<>(EvaluationRules.CATEGORIES);
        checkCustomCategories(customs, errors).forEach(categories::putIfAbsent);

        Map<String, Integer> categoryWeights = input.categoryWeights() != null
                ? checkWeights(
                        FIELD + ".categoryWeights", input.categoryWeights(), categories.keySet(), "category", errors)
                : checkWeights(
                        FIELD + ".categoryWeights", base.categoryWeights(), categories.keySet(), "category", errors);

        Map<String, Map<String, Integer>> subitemWeights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> given = input.subitemWeights() == null ? Map.of() : input.subitemWeights();
        for (String key : given.keySet()) {
            if (!categories.containsKey(key)) {
                errors.add(new FieldError(FIELD + ".subitemWeights." + key, "is not a category of this config"));
            }
        }
        for (Map.Entry<String, List<String>> category : categories.entrySet()) {
            String field = FIELD + ".subitemWeights." + category.getKey();
            Map<String, Integer> weights = given.containsKey(category.getKey())
                    ? given.get(category.getKey())
                    : (base.subitemWeights() == null
                            ? null
                            : base.subitemWeights().get(category.getKey()));
            if (weights == null) {
                errors.add(new FieldError(field, "is required: give the weights of this category's subitems"));
                continue;
            }
            subitemWeights.put(
                    category.getKey(),
                    checkWeights(field, weights, new LinkedHashSet<>(category.getValue()), "subitem", errors));
        }

        Map<String, LevelBand> levels =
                input.levelThresholds() != null ? checkLevels(input.levelThresholds(), errors) : base.levelThresholds();

        if (!errors.isEmpty()) {
            throw new InvalidInputException("The evaluation config is invalid", errors);
        }
        return new EvaluationConfigDocument(categoryWeights, subitemWeights, levels, List.copyOf(customs));
    }

    /** Checks one weight map: exactly the expected keys, each an integer 0-100, summing to 100. */
    private static Map<String, Integer> checkWeights(
            String field, Map<String, Integer> weights, Set<String> expected, String kind, List<FieldError> errors) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        boolean complete = true;
        for (String key : weights.keySet()) {
            if (!expected.contains(key)) {
                errors.add(new FieldError(field + "." + key, "is not a " + kind + " of this config"));
                complete = false;
            }
        }
        int sum = 0;
        for (String key : expected) {
            Integer weight = weights.get(key);
            if (!weights.containsKey(key)) {
                errors.add(new FieldError(field + "." + key, "is required"));
                complete = false;
            } else if (weight == null || weight < 0 || weight > 100) {
                errors.add(new FieldError(field + "." + key, "must be an integer from 0 to 100"));
                complete = false;
            } else {
                sum += weight;
                ordered.put(key, weight);
            }
        }
        if (complete && sum != 100) {
            errors.add(new FieldError(field, "must sum to 100 (they sum to " + sum + ")"));
        }
        return ordered;
    }

    private static Map<String, LevelBand> checkLevels(Map<String, LevelBandInput> given, List<FieldError> errors) {
        String field = FIELD + ".levelThresholds";
        Map<String, LevelBand> levels = new LinkedHashMap<>();
        int before = errors.size();
        for (String key : given.keySet()) {
            if (!EvaluationRules.LEVELS.contains(key)) {
                errors.add(new FieldError(
                        field + "." + key,
                        "is not a level (levels: " + String.join(", ", EvaluationRules.LEVELS) + ")"));
            }
        }
        for (String level : EvaluationRules.LEVELS) {
            LevelBandInput band = given.get(level);
            if (band == null) {
                errors.add(new FieldError(field + "." + level, "is required"));
                continue;
            }
            boolean ok = true;
            if (band.min() == null || band.min() < 0 || band.min() > 100) {
                errors.add(new FieldError(field + "." + level + ".min", "must be an integer from 0 to 100"));
                ok = false;
            }
            if (band.max() == null || band.max() < 0 || band.max() > 100) {
                errors.add(new FieldError(field + "." + level + ".max", "must be an integer from 0 to 100"));
                ok = false;
            }
            if (ok && band.min() > band.max()) {
                errors.add(new FieldError(field + "." + level, "min must not be above max"));
            }
            if (ok) {
                levels.put(level, new LevelBand(band.min(), band.max()));
            }
        }
        if (errors.size() > before) {
            return levels;
        }
        // Contiguous from 0 to 100, each band starting one above the previous one's max.
        LevelBand lowest = levels.get(EvaluationRules.LEVELS.get(0));
        if (lowest.min() != 0) {
            errors.add(new FieldError(field + "." + EvaluationRules.LEVELS.get(0) + ".min", "must be 0"));
        }
        for (int i = 1; i < EvaluationRules.LEVELS.size(); i++) {
            String previous = EvaluationRules.LEVELS.get(i - 1);
            String level = EvaluationRules.LEVELS.get(i);
            int expected = levels.get(previous).max() + 1;
            if (levels.get(level).min() != expected) {
                errors.add(new FieldError(
                        field + "." + level + ".min",
                        "must be " + expected + " (one above " + previous + ".max): bands must be contiguous"));
            }
        }
        String highest = EvaluationRules.LEVELS.get(EvaluationRules.LEVELS.size() - 1);
        if (levels.get(highest).max() != 100) {
            errors.add(new FieldError(field + "." + highest + ".max", "must be 100"));
        }
        return levels;
    }

    /** Answers the well-formed custom categories with their subitem keys. */
    private static Map<String, List<String>> checkCustomCategories(
            List<CustomCategory> customs, List<FieldError> errors) {
        String field = FIELD + ".customCategories";
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (customs.size() > MAX_CUSTOM_CATEGORIES) {
            errors.add(new FieldError(field, "at most " + MAX_CUSTOM_CATEGORIES + " custom categories"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < customs.size(); i++) {
            String at = field + "[" + i + "]";
            CustomCategory category = customs.get(i);
            if (category == null) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            boolean keyOk = checkKey(at + ".key", category.key(), errors);
            if (keyOk && EvaluationRules.CATEGORIES.containsKey(category.key())) {
                errors.add(new FieldError(at + ".key", "is a built-in category"));
                keyOk = false;
            }
            if (keyOk && !seen.add(category.key())) {
                errors.add(new FieldError(at + ".key", "is used by another custom category"));
                keyOk = false;
            }
            checkText(at + ".name", category.name(), MAX_NAME_LENGTH, errors);
            checkText(at + ".description", category.description(), MAX_DESCRIPTION_LENGTH, errors);
            List<String> subitemKeys = checkCustomSubitems(at + ".subitems", category.subitems(), errors);
            if (keyOk && subitemKeys != null) {
                result.put(category.key(), subitemKeys);
            }
        }
        return result;
    }

    private static List<String> checkCustomSubitems(
            String field, List<CustomSubitem> subitems, List<FieldError> errors) {
        if (subitems == null || subitems.isEmpty()) {
            errors.add(new FieldError(field, "must list at least one subitem"));
            return null;
        }
        if (subitems.size() > MAX_CUSTOM_SUBITEMS) {
            errors.add(new FieldError(field, "at most " + MAX_CUSTOM_SUBITEMS + " subitems"));
        }
        List<String> keys = new ArrayList<>();
        boolean ok = true;
        for (int j = 0; j < subitems.size(); j++) {
            String at = field + "[" + j + "]";
            CustomSubitem subitem = subitems.get(j);
            if (subitem == null) {
                errors.add(new FieldError(at, "must be an object"));
                ok = false;
                continue;
            }
            if (checkKey(at + ".key", subitem.key(), errors)) {
                if (keys.contains(subitem.key())) {
                    errors.add(new FieldError(at + ".key", "is used by another subitem of this category"));
                    ok = false;
                } else {
                    keys.add(subitem.key());
                }
            } else {
                ok = false;
            }
            checkText(at + ".name", subitem.name(), MAX_NAME_LENGTH, errors);
            checkText(at + ".description", subitem.description(), MAX_DESCRIPTION_LENGTH, errors);
            if (subitem.signal() == null || !EvaluationRules.SUBITEMS.contains(subitem.signal())) {
                errors.add(new FieldError(
                        at + ".signal",
                        "must be one of the built-in subitems, e.g. correctness or clarity_specificity"));
            }
        }
        return ok ? keys : null;
    }

    private static boolean checkKey(String field, String key, List<FieldError> errors) {
        if (key == null
                || key.length() > MAX_KEY_LENGTH
                || !SNAKE_CASE.matcher(key).matches()) {
            errors.add(new FieldError(
                    field, "must be snake_case (a-z, 0-9, single underscores), at most " + MAX_KEY_LENGTH + " chars"));
            return false;
        }
        return true;
    }

    private static void checkText(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private EvaluationConfigValidator() {}
}
