package ai.smartsuccess.skillslab.platform.error;

/** Refused for a reason the answer names by its type. */
public class AccessDeniedException extends ForbiddenException {

    public AccessDeniedException(String type, String message) {
        super(type, message);
    }
}
