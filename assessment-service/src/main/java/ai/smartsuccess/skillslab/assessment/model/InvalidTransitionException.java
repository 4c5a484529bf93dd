package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.assessment.service.ConflictException;

/**
 * A transition its status does not allow, for which the API has no more specific answer: 409 with the stable type
 * {@code invalid-transition}.
 */
public class InvalidTransitionException extends ConflictException {

    public static final String KIND = "invalid-transition";

    public InvalidTransitionException(String what, String action, Object status) {
        super(KIND, "Not allowed in this state: " + what + " that is " + status + " cannot be " + action + ".");
    }
}
