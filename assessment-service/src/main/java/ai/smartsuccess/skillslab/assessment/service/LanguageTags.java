package ai.smartsuccess.skillslab.assessment.service;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as given by a client ("en-GB", "de"), checked and in their canonical form. */
final class LanguageTags {

    static final String DEFAULT = "en";
    static final int MAX_LENGTH = 35;

    /** The canonical tag; {@link #DEFAULT} for none; null for one that is not a well-formed tag naming a language. */
    static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String stripped = tag.strip();
        if (stripped.length() > MAX_LENGTH) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(stripped).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private LanguageTags() {}
}
