package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;

/** The content is not of a type this operation handles (a binary file where text is expected). */
public class UnsupportedContentException extends ApiException {

    public UnsupportedContentException(String message) {
        super(ProblemKind.NOT_TEXT, message);
    }
}
