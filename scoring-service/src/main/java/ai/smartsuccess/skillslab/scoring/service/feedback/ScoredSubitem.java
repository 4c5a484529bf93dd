package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemResult;

/**
 * A built-in subitem after any judge blending.
 *
 * @param raw the score that counts
 * @param importance the subitem's share of the final score (subitem weight × category weight / 100)
 * @param judgeScore null when no judge verdict was used
 */
public record ScoredSubitem(
        String category,
        String subitem,
        int order,
        double raw,
        double importance,
        SubitemResult evidence,
        Double judgeScore,
        String judgeRationale) {}
