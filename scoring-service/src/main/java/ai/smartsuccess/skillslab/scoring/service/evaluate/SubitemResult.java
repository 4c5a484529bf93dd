package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subitem's evidence score and what supports it.
 *
 * @param score 0..100
 * @param reasoning one or two sentences naming the evidence and its numbers
 * @param strength what went well, built only from claims that hold for {@code metrics} (empty: nothing to praise)
 * @param improvement advice whose condition holds for {@code metrics} (empty: no advice)
 * @param evidence timeline events behind the score, most telling first
 * @param metrics the formula's inputs, for the detailed analysis and for checking the feedback's claims
 * @param basis what evidence the score was taken from, in a few words
 * @param enoughEvidence false when the session held too little evidence to judge this subitem; the score then follows
 *     the no-evidence rule (missing evidence counts 0, never a neutral or full value)
 */
public record SubitemResult(
        double score,
        String reasoning,
        Remark strength,
        Remark improvement,
        List<EvidenceRef> evidence,
        Map<String, Object> metrics,
        String basis,
        boolean enoughEvidence) {

    public SubitemResult {
        evidence = List.copyOf(evidence);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
