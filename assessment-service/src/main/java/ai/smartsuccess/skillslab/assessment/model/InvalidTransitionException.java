package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/**
 * A transition its status does not allow, for which the API has no more specific answer: 409 with the stable type
 * {@code invalid-transition}.
 */
public class InvalidTransitionException extends ApiException {

    public static final String KIND = ProblemKind.INVALID_TRANSITION.type();

    public InvalidTransitionException(String what, String action, Object status) {
        super(
                ProblemKind.INVALID_TRANSITION,
                "Not allowed in this state: " + what + " that is " + status + " cannot be " + action + ".");
    }
}
