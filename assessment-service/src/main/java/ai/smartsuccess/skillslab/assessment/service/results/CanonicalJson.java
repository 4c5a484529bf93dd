package ai.smartsuccess.skillslab.assessment.service.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical text of a JSON value, the bytes a public result's signature covers, after RFC 8785 (JCS): object
 * members sorted by name (UTF-16 code units), no whitespace, strings escaped minimally ({@code \"}, {@code \\}, the short
 * escapes {@code \b \f \n \r \t}, other control characters as six-character escapes with lowercase hex, everything else as itself).
 * Numbers take JCS's ECMAScript form, so that any verifier can rebuild the text from parsed values ({@code JSON.stringify}
 * in a browser writes the same): a whole number without a fraction ({@code 80}, not {@code 80.0}), others as the shortest
 * decimal that reads back to the same double ({@code 82.5}). Results hold scores from 0 to 100 with one decimal, far from
 * the exponent forms, which are refused rather than written differently from ECMAScript.
 */
public final class CanonicalJson {

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            boolean first = true;
            while (items.hasNext()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(items.next(), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            number(node, out);
        } else if (node.isBoolean()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
            return;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a JSON number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
            return;
        }
        String text = Double.toString(value);
        if (text.contains("E")) {
            throw new IllegalArgumentException("a number outside the range results hold: " + text);
        }
        out.append(text);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private CanonicalJson() {}
}
