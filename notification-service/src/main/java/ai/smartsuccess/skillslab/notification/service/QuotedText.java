package ai.smartsuccess.skillslab.notification.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a business wrote for a stranger (the message of an invitation), made safe to quote in an email. The templates
 * escape it; this takes away what mail clients would make of it on their own: they turn anything that looks like an
 * address ({@code https://…}, {@code www.…}, {@code bank.example}, {@code name@host.example}) into a link, so a message
 * could carry a link that seems to come from Skills Lab. Every such address is "defanged", the way security notices
 * quote addresses: the dots of its host name read {@code [.]} and {@code ://} reads {@code [://]}. The reader still sees
 * what was written; no client recognises it as a link.
 */
public final class QuotedText {

    /** A host name: labels joined by dots, ending in a label of two letters or more (a top-level domain). */
    private static final Pattern HOST =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}_-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                    + "\\p{L}[\\p{L}\\p{N}-]*\\p{L}(?![\\p{L}\\p{N}_-])");

    /** A dotted IPv4 address, which clients link too. */
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.])");

    /** Any URL scheme's separator. */
    private static final String SCHEME_SEPARATOR = "://";

    /** {@code text} with every address defanged; null stays null. */
    public static String defang(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(SCHEME_SEPARATOR, "[://]");
        out = replaceDots(HOST.matcher(out));
        return replaceDots(IPV4.matcher(out));
    }

    private static String replaceDots(Matcher matcher) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(matcher.group().replace(".", "[.]")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private QuotedText() {}
}
