package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import java.util.Locale;

/**
 * A shields-style SVG badge of a public result: "Skills Lab | 82.5 · Proficient", with "· verified" only for a
 * verified result. Every text is escaped; widths are estimated (no font metrics on a server), generously.
 */
public final class ResultBadge {

    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 12;

    public static String svg(PublicResult result) {
        String label = ResultShareService.ISSUER;
        String value = String.format(Locale.ROOT, "%.1f", result.finalScore())
                + (result.level() == null ? "" : " · " + capitalized(result.level()))
                + (result.verified() ? " · verified" : "");
        int left = label.length() * CHAR_WIDTH + PADDING;
        int right = value.codePointCount(0, value.length()) * CHAR_WIDTH + PADDING;
        int width = left + right;
        String color = result.verified() ? "#2e7d32" : "#1565c0";
        String title = label + ": " + value + (result.verified() ? "" : " (score issued by Skills Lab)");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"20\" role=\"img\""
                + " aria-label=\"" + xml(title) + "\">"
                + "<title>" + xml(title) + "</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
                + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"" + width + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + left + "\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" fill=\"" + color + "\"/>"
                + "<rect width=\"" + width + "\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\""
                + " font-size=\"11\">"
                + "<text x=\"" + (left / 2) + "\" y=\"14\">" + xml(label) + "</text>"
                + "<text x=\"" + (left + right / 2) + "\" y=\"14\">" + xml(value) + "</text>"
                + "</g></svg>";
    }

    static String capitalized(String level) {
        if (level.isEmpty()) {
            return level;
        }
        return level.substring(0, 1).toUpperCase(Locale.ROOT) + level.substring(1);
    }

    /** Text for an XML element or attribute. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private ResultBadge() {}
}
