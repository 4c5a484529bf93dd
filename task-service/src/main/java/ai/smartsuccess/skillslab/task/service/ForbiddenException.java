package ai.smartsuccess.skillslab.task.service;

/** The caller is known but their account type may not do this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
