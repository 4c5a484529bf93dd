package ai.smartsuccess.skillslab.platform.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks text one user writes for another to read (names, titles, messages): no control characters, which nobody types
 * and which can hide or break what follows, and no bidirectional embeddings, overrides or isolates, which make text read
 * differently from what it holds (an address shown backwards, a link that is not the one displayed). Everything else a
 * person can type is allowed: the text is escaped where it is shown.
 */
public final class UntrustedText {

    /** Text on one line: a name, a title. */
    public static Optional<String> singleLineProblem(String value) {
        return problem(value, false);
    }

    /** Text of several lines (a message): newlines ({@code \n} or {@code \r\n}) and tabs are allowed. */
    public static Optional<String> multiLineProblem(String value) {
        return problem(value, true);
    }

    /**
     * C0 (U+0000–U+001F) and C1 (U+0080–U+009F) controls and DEL, and the bidirectional formatting characters
     * U+202A–U+202E and U+2066–U+2069.
     */
    public static boolean isForbidden(int codePoint) {
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static Optional<String> problem(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = multiLine
                    && (c == '\n' || c == '\t' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n'));
            if (isForbidden(c) && !allowed) {
                String what = c >= 0x202A ? "text-direction controls" : "control characters";
                int position = value.codePointCount(0, i) + 1;
                return Optional.of("must not contain " + what + " (found U+" + String.format(Locale.ROOT, "%04X", c)
                        + " at position " + position + ")");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private UntrustedText() {}
}
