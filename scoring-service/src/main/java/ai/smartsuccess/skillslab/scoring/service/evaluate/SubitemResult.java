package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import java.util.List;
import java.util.Map;

/**
 * A subitem's evidence score and what supports it.
 *
 * @param score 0..100
 * @param reasoning one or two sentences naming the evidence and its numbers
 * @param strength what went well, phrased to fit any reader (used when the final score is high)
 * @param improvement what to do differently, as advice (used when the final score is low)
 * @param evidence timeline events behind the score, most telling first
 * @param metrics the formula's inputs, for the detailed analysis
 */
public record SubitemResult(
        double score,
        String reasoning,
        String strength,
        String improvement,
        List<EvidenceRef> evidence,
        Map<String, Object> metrics) {

    public SubitemResult {
        evidence = List.copyOf(evidence);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
