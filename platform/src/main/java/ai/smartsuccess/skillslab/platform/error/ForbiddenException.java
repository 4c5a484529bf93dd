package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The caller is known but may not do this. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(ProblemKind.FORBIDDEN, message);
    }

    /** @param type stable problem type suffix, for example {@code invitation-for-someone-else} */
    public ForbiddenException(String type, String message) {
        super(ProblemKind.FORBIDDEN, type, message);
    }
}
