package ai.smartsuccess.skillslab.sandbox.service;

import java.util.List;

/** Input broke a rule; each violation names its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this("'" + field + "' " + message + ".", List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}
