package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/**
 * The submission cannot be scored and retrying will not help (for example an unsupported event schema version). The
 * message is safe to show to the assessment's owner.
 */
public class ScoringRejectedException extends ApiException {

    public ScoringRejectedException(String message) {
        super(ProblemKind.SCORING_FAILED, message);
    }
}
