package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument.CustomCategory;
import java.util.List;
import java.util.Map;

/**
 * An evaluation config as a client sends it. A part left out keeps what the task has (or, for a new task, the default
 * of its type); in {@code subitemWeights} a built-in category left out keeps its weights the same way.
 */
public record EvaluationConfigInput(
        Map<String, Integer> categoryWeights,
        Map<String, Map<String, Integer>> subitemWeights,
        Map<String, LevelBandInput> levelThresholds,
        List<CustomCategory> customCategories) {

    public record LevelBandInput(Integer min, Integer max) {}
}
