package ai.smartsuccess.skillslab.assessment.service.report;

/** Text for the PDF: XML 1.0 cannot carry every character a candidate can type, and long texts are shortened. */
final class PdfText {

    /**
     * {@code text} without the characters XML 1.0 forbids (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF), cut at {@code max} characters with an ellipsis; null stays null. Escaping is the
     * template's (Qute escapes every expression of an HTML template).
     */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        int i = 0;
        while (i < text.length() && out.length() < max) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        }
        if (i < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    static String clean(String text) {
        return clean(text, 4000);
    }

    private PdfText() {}
}
