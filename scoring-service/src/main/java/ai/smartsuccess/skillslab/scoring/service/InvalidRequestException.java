package ai.smartsuccess.skillslab.scoring.service;

/** A request the service refuses as it stands; {@code field} names the part of it that is wrong. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
