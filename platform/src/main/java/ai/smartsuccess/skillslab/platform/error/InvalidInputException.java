package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input broke a rule; each violation names its field. */
public class InvalidInputException extends ApiException {

    private final List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(ProblemKind.VALIDATION, message);
        this.errors = List.copyOf(errors);
    }

    /** One field broke a rule; the rule is also the problem's detail. */
    public InvalidInputException(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    /** One field broke a rule, with a detail of its own (for example one that quotes the field). */
    public static InvalidInputException of(String detail, String field, String message) {
        return new InvalidInputException(detail, List.of(new FieldError(field, message)));
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

    /** One entry of the problem's {@code errors}: the field, as a JSON path ({@code files[2].path}), and its rule. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(required = true) String field,
            @Schema(required = true) String message) {}
}
