package ai.smartsuccess.skillslab.sandbox.backend;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A path relative to a workspace that cannot name anything outside it: no absolute paths, no {@code .} or {@code ..}
 * segments, no empty segments, no NUL or control characters, no backslashes, and no percent-encoded dots or
 * separators (the path was decoded once already; a second decoding anywhere must not be able to turn it into a
 * traversal). Symlinks are the sandbox's business: operations resolve them inside the sandbox and refuse any that
 * leads out of the workspace.
 */
public record WorkspacePath(String value) {

    public static final int MAX_LENGTH = 1024;
    private static final int MAX_SEGMENT = 255;
    private static final Pattern ENCODED = Pattern.compile("%(2e|2f|5c|00)", Pattern.CASE_INSENSITIVE);

    public static WorkspacePath parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new Invalid("is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new Invalid("is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new Invalid("contains a control character");
            }
            if (c == '\\') {
                throw new Invalid("contains a backslash");
            }
        }
        if (ENCODED.matcher(raw).find()) {
            throw new Invalid("contains an encoded dot or separator");
        }
        if (raw.startsWith("/") || raw.startsWith("~")) {
            throw new Invalid("must be relative to the workspace");
        }
        List<String> segments = List.of(raw.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw new Invalid("contains an empty segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new Invalid("must not contain '.' or '..' segments");
            }
            if (segment.length() > MAX_SEGMENT) {
                throw new Invalid("has a name longer than " + MAX_SEGMENT + " characters");
            }
        }
        return new WorkspacePath(raw);
    }

    /** The first segment, e.g. to recognise the reserved {@code hidden_tests} directory. */
    public String top() {
        int slash = value.indexOf('/');
        return (slash < 0 ? value : value.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Why a path was refused, worded to follow the field's name. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }
}
