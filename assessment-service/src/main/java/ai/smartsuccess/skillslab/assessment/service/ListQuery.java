package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filters of the caller's assessment list, checked together: every problem is named by its parameter.
 *
 * @param statuses empty for any status
 * @param createdFrom created at or after; null for no bound
 * @param createdBefore created before; null for no bound
 */
record ListQuery(UUID taskId, List<String> statuses, OffsetDateTime createdFrom, OffsetDateTime createdBefore) {

    /**
     * @param from the first day (ISO date, UTC) whose assessments are listed; null for no bound
     * @param to the last day (ISO date, UTC, inclusive); null for no bound
     */
    static ListQuery parse(
            String taskId, String status, String from, String to, int limit, int offset, int maxPageSize) {
        List<FieldError> errors = new ArrayList<>();
        UUID task = QueryParameters.uuid("taskId", taskId, errors);
        List<String> statuses = QueryParameters.csv("status", status, AssessmentStatus.ALL, errors);
        LocalDate first = QueryParameters.date("from", from, errors);
        LocalDate last = QueryParameters.date("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (limit < 1 || limit > maxPageSize) {
            errors.add(new FieldError("limit", "must be between 1 and " + maxPageSize));
        }
        if (offset < 0) {
            errors.add(new FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The assessment query is invalid", errors);
        }
        return new ListQuery(
                task,
                statuses,
                first == null ? null : first.atStartOfDay().atOffset(ZoneOffset.UTC),
                last == null ? null : last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
