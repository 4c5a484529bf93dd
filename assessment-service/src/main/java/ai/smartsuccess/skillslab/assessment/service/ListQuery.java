package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filters of the caller's assessment list, checked together: every problem is named by its parameter.
 *
 * @param statuses empty for any status
 */
record ListQuery(UUID taskId, List<String> statuses) {

    static ListQuery parse(String taskId, String status, int limit, int offset, int maxPageSize) {
        List<FieldError> errors = new ArrayList<>();
        UUID task = QueryParameters.uuid("taskId", taskId, errors);
        List<String> statuses = QueryParameters.csv("status", status, AssessmentStatus.ALL, errors);
        if (limit < 1 || limit > maxPageSize) {
            errors.add(new FieldError("limit", "must be between 1 and " + maxPageSize));
        }
        if (offset < 0) {
            errors.add(new FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The assessment query is invalid", errors);
        }
        return new ListQuery(task, statuses);
    }
}
