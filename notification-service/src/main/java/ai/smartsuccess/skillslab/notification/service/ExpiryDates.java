package ai.smartsuccess.skillslab.notification.service;

import java.text.DateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An instant as a reader of the given language writes it: the full date, the time and the zone named, for example
 * "Monday, 21 December 2026, 18:00 UTC" (en-GB) or "Montag, 21. Dezember 2026, 18:00 UTC" (de). The recipient's own
 * time zone is unknown, so the time is given in UTC and says so.
 */
final class ExpiryDates {

    static final Locale FALLBACK = Locale.ENGLISH;
    private static final Set<String> LANGUAGES = Arrays.stream(DateFormat.getAvailableLocales())
            .map(Locale::getLanguage)
            .filter(language -> !language.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    static String format(Instant instant, String languageTag) {
        Locale locale = locale(languageTag);
        String dateAndTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
        return dateAndTime + " UTC";
    }

    /** The language tag's locale, or English for none, a malformed tag or a language Java has no dates for. */
    static Locale locale(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return FALLBACK;
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip());
        return LANGUAGES.contains(locale.getLanguage()) ? locale : FALLBACK;
    }

    private ExpiryDates() {}
}
