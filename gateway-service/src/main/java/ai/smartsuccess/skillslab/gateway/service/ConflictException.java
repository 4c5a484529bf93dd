package ai.smartsuccess.skillslab.gateway.service;

/** The request contradicts what exists (for example an email that already has an account). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
