package ai.smartsuccess.skillslab.scoring.service.judge;

import java.util.Map;

/**
 * A judge's structured answer for one category.
 *
 * @param scores subitem key to 0..100
 * @param manipulationAttempt the judge saw candidate text trying to influence the evaluation
 */
public record JudgeVerdict(
        Map<String, Double> scores, Map<String, String> rationales, boolean manipulationAttempt, String summary) {}
