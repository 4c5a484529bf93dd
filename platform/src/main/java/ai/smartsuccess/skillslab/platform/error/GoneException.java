package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The resource existed but is no longer usable (an expired or revoked link). */
public class GoneException extends ApiException {

    /** @param type stable problem type suffix, for example {@code invitation-expired} */
    public GoneException(String type, String message) {
        super(ProblemKind.GONE, type, message);
    }
}
