package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import ai.smartsuccess.skillslab.assessment.model.ReviewStage;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The business candidate list's parameters, checked together; each problem names its parameter.
 *
 * @param statuses empty for every status but {@code abandoned} (abandoned attempts only when asked for)
 * @param search null, or what a name or email must contain (case-insensitive)
 * @param stages empty for any review stage; otherwise only attempts whose review is at one of them (an attempt nobody
 *     reviewed is at {@code new}; an invitation with no attempt has no stage)
 */
public record CandidateQuery(
        UUID taskId,
        List<String> statuses,
        String search,
        List<String> stages,
        SortBy sortBy,
        boolean ascending,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    static final int MAX_SEARCH_CHARS = 200;
    /** Attempt statuses, and the statuses of invitations nobody has started. */
    static final List<String> STATUSES = knownStatuses();

    public enum SortBy {
        SCORE,
        DATE,
        NAME
    }

    public static CandidateQuery parse(
            String taskId,
            String status,
            String q,
            String stage,
            String sortBy,
            String order,
            String page,
            String size) {
        List<FieldError> errors = new ArrayList<>();
        UUID task = QueryParameters.uuid("taskId", taskId, errors);
        List<String> statuses = QueryParameters.csv("status", status, STATUSES, errors);
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > MAX_SEARCH_CHARS) {
            errors.add(new FieldError("q", "must be at most " + MAX_SEARCH_CHARS + " characters"));
        }
        List<String> stages = QueryParameters.csv("stage", stage, ReviewStage.ALL, errors);
        SortBy sort = SortBy.DATE;
        if (sortBy != null && !sortBy.isBlank()) {
            try {
                sort = SortBy.valueOf(sortBy.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sortBy", "must be one of score, date, name"));
            }
        }
        boolean ascending = false;
        if (order != null && !order.isBlank()) {
            switch (order.strip()) {
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> errors.add(new FieldError("order", "must be asc or desc"));
            }
        }
        int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = integer("size", size, 20, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The candidate query is invalid", errors);
        }
        return new CandidateQuery(task, statuses, search, stages, sort, ascending, pageNumber, pageSize);
    }

    private static int integer(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static List<String> knownStatuses() {
        Set<String> all = new LinkedHashSet<>(AssessmentStatus.ALL);
        all.addAll(InvitationStatus.ALL);
        return List.copyOf(all);
    }
}
