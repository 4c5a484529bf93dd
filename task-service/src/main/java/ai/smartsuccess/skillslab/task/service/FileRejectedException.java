package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import java.util.List;
import java.util.Map;

/** An uploaded file is refused: too large ({@link Reason#TOO_LARGE}) or not a kind of file a task may hold. */
public class FileRejectedException extends ApiException {

    public enum Reason {
        TOO_LARGE,
        UNSUPPORTED_TYPE
    }

    private final Reason reason;
    private final String field;

    public FileRejectedException(Reason reason, String field, String message) {
        super(reason == Reason.TOO_LARGE ? ProblemKind.FILE_TOO_LARGE : ProblemKind.UNSUPPORTED_FILE_TYPE, message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> extensions() {
        return Problems.fieldErrors(List.of(Problems.fieldError(field, getMessage())));
    }
}
