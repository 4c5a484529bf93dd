package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import java.util.List;
import java.util.Map;

/** A request the service refuses as it stands; {@code field} names the part of it that is wrong. */
public class InvalidRequestException extends ApiException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(ProblemKind.INVALID_REQUEST, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String detail() {
        return "'" + field + "' " + getMessage() + ".";
    }

    @Override
    public Map<String, Object> extensions() {
        return Problems.fieldErrors(List.of(Problems.fieldError(field, getMessage())));
    }
}
