package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.List;
import java.util.Map;

/**
 * A session without AI prompts scores 0 on prompt-engineering subitems: a real, explained result of the evidence
 * (nothing was demonstrated), never an evaluator error and never a neutral 50.
 */
final class NoAiUse {

    private NoAiUse() {}

    static SubitemResult result(SessionEvidence e, String advice) {
        Map<String, Object> metrics = Map.of("prompts", 0);
        return new SubitemResult(
                0,
                "No AI prompts were sent during the session, so this could not be demonstrated.",
                Remark.NONE,
                Remark.advice().when(advice, "prompts", 0, 0).build(metrics),
                List.of(Refs.submission(e, "no AI prompts in the session")),
                metrics,
                "no AI prompts",
                false);
    }
}
