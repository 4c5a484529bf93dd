package ai.smartsuccess.skillslab.platform.error;

import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import java.util.List;
import java.util.Map;

/** The request is valid but the resource is not in a state that allows it (already submitted, deadline passed...). */
public class ConflictException extends ApiException {

    private final Map<String, Object> extensions;

    public ConflictException(String message) {
        this(ProblemKind.CONFLICT.type(), message, Map.of());
    }

    /** @param type stable problem type suffix, for example {@code deadline-passed} */
    public ConflictException(String type, String message) {
        this(type, message, Map.of());
    }

    /** @param extensions extra members of the problem answer, telling the client what to do instead */
    public ConflictException(String type, String message, Map<String, Object> extensions) {
        super(ProblemKind.CONFLICT, type, message);
        this.extensions = Map.copyOf(extensions);
    }

    /** A value clashes with an existing one (an email already taken): the answer names the field. */
    public static ConflictException onField(String field, String message) {
        return new ConflictException(
                ProblemKind.CONFLICT.type(),
                message,
                Problems.fieldErrors(List.of(Problems.fieldError(field, message))));
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
