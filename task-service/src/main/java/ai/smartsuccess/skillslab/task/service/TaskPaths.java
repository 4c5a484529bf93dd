package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative paths of task files, normalised and confined to the workspace: forward slashes, no {@code .} or empty
 * segments, never {@code ..}, never absolute, no backslash, NUL or other control character, at most 500 characters.
 * Hidden test files live under {@code hidden_tests/}, where the hidden-test runners look and where no starter file may
 * be.
 */
public final class TaskPaths {

    public static final int MAX_LENGTH = 500;
    static final int MAX_SEGMENT = 255;
    public static final String HIDDEN_DIR = "hidden_tests/";

    /** A field broke a rule; the detail quotes it: "'path' must name a file". */
    static InvalidInputException invalid(String field, String rule) {
        return InvalidInputException.of("'" + field + "' " + rule, field, rule);
    }

    /** The normalised path, or {@link InvalidInputException} naming {@code field}. */
    public static String normalize(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid(field, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (raw.indexOf('\\') >= 0) {
            throw invalid(field, "must use forward slashes, never backslashes");
        }
        if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw invalid(field, "must not contain NUL or control characters");
        }
        if (raw.startsWith("/") || raw.startsWith("~") || raw.matches("^[A-Za-z]:.*")) {
            throw invalid(field, "must be relative to the workspace");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw invalid(field, "must stay inside the workspace ('..' is not allowed)");
            }
            if (segment.isBlank() || !segment.strip().equals(segment)) {
                throw invalid(field, "must not have names that start or end with spaces");
            }
            if (segment.length() > MAX_SEGMENT) {
                throw invalid(field, "has a name longer than " + MAX_SEGMENT + " characters");
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            throw invalid(field, "must name a file");
        }
        return String.join("/", segments);
    }

    /** Hidden files only under {@code hidden_tests/}, starter files never there. */
    public static void checkVisibility(String field, String path, String visibility) {
        boolean underHidden = path.startsWith(HIDDEN_DIR);
        if ("hidden".equals(visibility) && !underHidden) {
            throw invalid(field, "of a hidden file must be under " + HIDDEN_DIR);
        }
        if ("starter".equals(visibility) && underHidden) {
            throw invalid(field, "under " + HIDDEN_DIR + " is reserved for hidden files");
        }
    }

    private TaskPaths() {}
}
