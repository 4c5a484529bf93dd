package ai.smartsuccess.skillslab.assessment.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 CSV, safe to open in a spreadsheet: records end with CRLF; a field holding a comma, a double quote, CR or LF
 * is enclosed in double quotes, with its double quotes doubled. A text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with {@code '} so that a spreadsheet shows it as text
 * instead of running it as a formula (CSV injection); numbers the platform writes itself are left as they are.
 */
public final class CsvWriter {

    /** Excel reads a file without it as the system's legacy code page, and garbles every non-ASCII name. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder out = new StringBuilder();

    /** One record of text cells (null is an empty cell); each is neutralised against formula injection. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            String text;
            if (cell instanceof Double number) {
                text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            } else if (cell instanceof Number number) {
                text = number.toString();
            } else {
                text = neutralise(cell.toString());
            }
            out.append(quote(text));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A text that a spreadsheet would read as a formula, made plain text. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The field as RFC 4180 writes it. */
    static String quote(String text) {
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
