package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.service.InvalidInputException.FieldError;
import java.util.List;

/** The task lacks what every published task must have; each error names the missing field. */
public class NotPublishableException extends RuntimeException {

    private final List<FieldError> errors;

    public NotPublishableException(List<FieldError> errors) {
        super("The task cannot be published until it is complete.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
