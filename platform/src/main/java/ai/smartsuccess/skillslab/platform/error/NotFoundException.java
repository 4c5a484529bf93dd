package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(ProblemKind.NOT_FOUND, message);
    }
}
