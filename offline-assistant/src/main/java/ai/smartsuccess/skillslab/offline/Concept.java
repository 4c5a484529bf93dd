package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few concepts the offline assistant explains in depth, each with where it applies in the workspace's files: HTTP
 * status codes, pagination, validation, rate limiting, race conditions, async code and REST itself.
 */
enum Concept {
    STATUS_CODES("HTTP status codes", "status code", "status codes", "http status", "which status"),
    PAGINATION("Pagination", "paginat", "page size", "offset", "cursor"),
    VALIDATION("Validation", "validat", "invalid input", "sanitiz", "bad input"),
    RATE_LIMITING("Rate limiting", "rate limit", "rate-limit", "ratelimit", "throttl", "too many requests"),
    RACE_CONDITIONS("Race conditions", "race condition", "race", "concurren", "thread-safe", "thread safe"),
    ASYNC("Async code", "async", "await", "event loop", "promise"),
    REST("REST", "rest", "restful");

    final String title;
    private final String[] keys;

    /** The key of the one-line glossary entry this concept's longer text replaces, or "". */
    String glossaryKey() {
        return switch (this) {
            case STATUS_CODES -> "status code";
            case VALIDATION -> "validat";
            case RATE_LIMITING -> "rate limit";
            case RACE_CONDITIONS -> "race condition";
            case ASYNC -> "async";
            case REST -> "rest";
            case PAGINATION -> "";
        };
    }

    Concept(String title, String... keys) {
        this.title = title;
        this.keys = keys;
    }

    /** The concepts a message names, in this order; text is read only up to its first 4,000 characters. */
    static List<Concept> in(String message) {
        String lower = message.substring(0, Math.min(message.length(), 4_000)).toLowerCase(Locale.ROOT);
        List<Concept> found = new ArrayList<>();
        for (Concept concept : values()) {
            for (String key : concept.keys) {
                if (mentions(lower, key)) {
                    found.add(concept);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code key} starts a word of {@code lower}; a key that is a whole word ("rest", "race", "offset") must
     * also end one (a plural "s" allowed), so that "interest" or "restart" do not count.
     */
    static boolean mentions(String lower, String key) {
        boolean stem = key.endsWith("at")
                || key.endsWith("iz")
                || key.endsWith("ch")
                || key.endsWith("ot")
                || key.equals("throttl")
                || key.equals("concurren")
                || key.contains(" ")
                || key.contains("-");
        int from = 0;
        while (true) {
            int at = lower.indexOf(key, from);
            if (at < 0) {
                return false;
            }
            boolean startsWord = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int end = at + key.length();
            boolean endsWord = end >= lower.length()
                    || !Character.isLetter(lower.charAt(end))
                    || (lower.charAt(end) == 's'
                            && (end + 1 >= lower.length() || !Character.isLetter(lower.charAt(end + 1))));
            if (startsWord && (stem || endsWord)) {
                return true;
            }
            from = at + 1;
        }
    }
}
