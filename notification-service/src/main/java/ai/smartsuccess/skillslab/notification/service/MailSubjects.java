package ai.smartsuccess.skillslab.notification.service;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Subjects as they go on the wire: RFC 2047 encoded words whenever they are not plain ASCII.
 *
 * <p>Why here and not in the mailer: the Vert.x mail client under quarkus-mailer encodes a header one UTF-16 unit at a
 * time, so each half of a surrogate pair (any emoji outside the Basic Multilingual Plane, such as 🚀) becomes "?".
 * It leaves a header that is already pure ASCII untouched, so the subject is handed over already encoded, by Jakarta
 * Mail's MimeUtility, which keeps every character whole and the result on one line (the Vert.x client refuses a
 * multi-line subject).
 */
final class MailSubjects {

    /** Keeps the encoded header far below SMTP's 998-character line limit. */
    static final int MAX_CODE_POINTS = 200;

    static String encode(String subject) {
        String oneLine = truncate(subject.replaceAll("\\s+", " ").strip());
        try {
            return MimeUtility.encodeText(oneLine, StandardCharsets.UTF_8.name(), "B");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS - 1)) + "…";
    }

    private MailSubjects() {}
}
