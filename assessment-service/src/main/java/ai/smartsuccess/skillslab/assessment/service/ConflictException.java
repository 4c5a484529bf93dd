package ai.smartsuccess.skillslab.assessment.service;

/** The request is valid but the resource is not in a state that allows it (already submitted, deadline passed...). */
public class ConflictException extends RuntimeException {

    private final String kind;

    /** @param kind stable problem type suffix, for example {@code deadline-passed} */
    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
