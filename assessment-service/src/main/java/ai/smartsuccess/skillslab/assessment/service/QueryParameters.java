package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Query parameters read the same way everywhere: blank means absent, a bad value adds an error naming it. */
final class QueryParameters {

    /** An id, or null when absent. */
    static UUID uuid(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be an id"));
            return null;
        }
    }

    /** An ISO date (2026-03-31), or null when absent. */
    static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** A comma-separated list of known values (duplicates dropped), or an empty list when absent. */
    static List<String> csv(String name, String value, List<String> known, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String candidate = part.strip();
            if (!known.contains(candidate)) {
                errors.add(new FieldError(name, "must be a comma-separated list of " + String.join(", ", known)));
                return List.of();
            }
            values.add(candidate);
        }
        return List.copyOf(values);
    }

    private QueryParameters() {}
}
