package ai.smartsuccess.skillslab.assessment.model;

import java.util.Arrays;
import java.util.Optional;

/** How a public result names its candidate. */
public enum NameDisplay {
    FULL("full"),
    INITIALS("initials"),
    HIDDEN("hidden");

    /** What a hidden name reads as. */
    public static final String ANONYMOUS = "A Skills Lab candidate";

    private final String value;

    NameDisplay(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<NameDisplay> of(String value) {
        return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
    }

    /**
     * The name to publish: the full name, its initials ("J. D."), or {@link #ANONYMOUS}. A name that is missing or
     * empty publishes as {@link #ANONYMOUS} whatever the choice.
     */
    public String apply(String givenName, String familyName, String fullName) {
        String full = fullName != null && !fullName.isBlank()
                ? fullName.strip()
                : String.join(" ", nonBlank(givenName), nonBlank(familyName)).strip();
        if (this == HIDDEN || full.isEmpty()) {
            return ANONYMOUS;
        }
        if (this == FULL) {
            return full;
        }
        String source = givenName != null && !givenName.isBlank() && familyName != null && !familyName.isBlank()
                ? givenName.strip() + " " + familyName.strip()
                : full;
        StringBuilder initials = new StringBuilder();
        for (String part : source.split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!initials.isEmpty()) {
                initials.append(' ');
            }
            initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
        }
        return initials.toString();
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.strip();
    }
}
