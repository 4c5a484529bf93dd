package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import java.util.List;
import java.util.Map;

/** The task lacks what every published task must have; each error names the missing field. */
public class NotPublishableException extends ApiException {

    private final List<FieldError> errors;

    public NotPublishableException(List<FieldError> errors) {
        super(ProblemKind.TASK_INCOMPLETE, "The task cannot be published until it is complete.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> extensions() {
        return Problems.fieldErrors(errors.stream()
                .map(error -> Problems.fieldError(error.field(), error.message()))
                .toList());
    }
}
