package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenising helpers shared by the text analysers. */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9_]+(?:'[a-z]+)?");

    static final Set<String> STOPWORDS = Set.of(
            "the",
            "and",
            "for",
            "with",
            "that",
            "this",
            "from",
            "your",
            "have",
            "will",
            "into",
            "what",
            "when",
            "then",
            "them",
            "they",
            "their",
            "there",
            "these",
            "those",
            "about",
            "which",
            "while",
            "would",
            "could",
            "should",
            "using",
            "make",
            "made",
            "like",
            "just",
            "also",
            "some",
            "more",
            "most",
            "other",
            "each",
            "only",
            "over",
            "does",
            "done",
            "were",
            "been",
            "being",
            "than",
            "such",
            "here",
            "very",
            "want",
            "need",
            "please",
            "basic",
            "simple",
            "choice",
            "proper",
            "implement",
            "create",
            "build",
            "add",
            "write",
            "least");

    private Words() {}

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    public static int count(String text) {
        return tokens(text).size();
    }

    static List<String> shingles(List<String> tokens, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + size <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + size)));
        }
        return out;
    }

    /** A crude plural strip, enough to match "todos" with "todo" and "endpoints" with "endpoint". */
    public static String stem(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 4 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    /**
     * Every run of whitespace ({@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return) becomes one
     * space and the ends are trimmed: what {@code text.replaceAll("\\s+", " ").trim()} returns, without compiling a
     * pattern for each of the thousands of code lines a session has. Trimming first gives the same result (a run never
     * crosses the first or last character above a space) and leaves most code lines with nothing to collapse.
     */
    public static String normalizeSpaces(String text) {
        String trimmed = text.trim();
        int length = trimmed.length();
        int i = 0;
        while (i < length && !needsCollapse(trimmed, i)) {
            i++;
        }
        if (i == length) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(trimmed, 0, i);
        while (i < length) {
            char c = trimmed.charAt(i);
            if (isRegexSpace(c)) {
                out.append(' ');
                while (i < length && isRegexSpace(trimmed.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the whitespace run starting at {@code i} is anything but a single space. */
    private static boolean needsCollapse(String text, int i) {
        char c = text.charAt(i);
        if (c == ' ') {
            return i + 1 < text.length() && isRegexSpace(text.charAt(i + 1));
        }
        return isRegexSpace(c);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A code line as compared across AI answers and files: trimmed, inner whitespace collapsed. */
    public static String normalizeCodeLine(String line) {
        return normalizeSpaces(line);
    }

    /** Lines too short or generic to say anything about where code came from ({@code }, return, pass...). */
    public static boolean trivialCodeLine(String normalized) {
        if (normalized.length() < 8) {
            return true;
        }
        if (normalized.startsWith("#") || normalized.startsWith("//") || normalized.startsWith("*")) {
            return true;
        }
        return normalized.chars().noneMatch(Character::isLetter);
    }
}
