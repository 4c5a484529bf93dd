package ai.smartsuccess.skillslab.assessment.service;

/**
 * The caller may know the resource exists but may not do this with it (an invitation opened with its link, accepted by
 * another account). Answered 403 with the reason.
 */
public class AccessDeniedException extends RuntimeException {

    private final String kind;

    public AccessDeniedException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
