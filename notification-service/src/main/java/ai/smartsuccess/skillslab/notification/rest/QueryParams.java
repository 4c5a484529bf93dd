package ai.smartsuccess.skillslab.notification.rest;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import java.util.Locale;
import java.util.UUID;

/** Query and path parameters read strictly: a bad value is a 400 naming the parameter (a bad id is "not found"). */
final class QueryParams {

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max);
        }
        return parsed;
    }

    static UUID id(String value, String notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(notFound);
        }
    }

    private QueryParams() {}
}
