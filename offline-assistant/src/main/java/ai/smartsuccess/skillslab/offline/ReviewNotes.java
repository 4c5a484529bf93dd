package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Deterministic review findings for a piece of code: each a concrete thing seen in it, with the line. */
final class ReviewNotes {

    private static final Pattern BARE_EXCEPT = Pattern.compile("^\\s*except\\s*:|catch\\s*\\(\\w*\\)\\s*\\{\\s*\\}");
    private static final Pattern DEBUG_OUTPUT = Pattern.compile("^\\s*(print\\(|console\\.log\\()");
    private static final Pattern TODO = Pattern.compile("\\b(TODO|FIXME|XXX)\\b");
    private static final Pattern SECRET =
            Pattern.compile("(?i)(password|secret|api_?key|token)\\s*[:=]\\s*['\"][^'\"]{4,}['\"]");
    private static final Pattern MAGIC_NUMBER = Pattern.compile("[^\\w.\\[](\\d{3,})\\b");
    /** HTTP status codes are names in their own right, not magic numbers. */
    private static final List<String> STATUS_WORDS =
            List.of("send", "status", "response", "writeHead", "assert", "code", "abort", "HTTPException");

    private static final Pattern FUNCTION =
            Pattern.compile("^\\s*(def |async def |function |\\w+\\s*=\\s*\\(.*\\)\\s*=>)");
    private static final Pattern BROAD_EXCEPT = Pattern.compile("^\\s*except\\s+(Exception|BaseException)\\b");
    private static final Pattern JSON_PARSE = Pattern.compile("(json\\.loads\\(|JSON\\.parse\\()");
    private static final Pattern EXACT_PATH = Pattern.compile("self\\.path\\s*[!=]=\\s*['\"]");
    private static final Pattern POST_HANDLER = Pattern.compile("^\\s*def do_POST\\b|method\\s*===?\\s*'POST'");
    private static final Pattern OK_STATUS =
            Pattern.compile("(send_response|_send|writeHead|status)\\(\\s*200\\b|send\\(res, 200");

    static List<String> findings(String code) {
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Every check below reads at most this much of a line, so a long line costs only its length.
            if (lines[i].length() > ProjectFiles.MAX_LINE) {
                lines[i] = lines[i].substring(0, ProjectFiles.MAX_LINE);
            }
        }
        // One finding per kind of problem, with every line it was seen on.
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        boolean parseGuarded = code.contains("JSONDecodeError") || code.contains("catch");
        boolean inPost = false;
        int functionStart = -1;
        int longestFunction = 0;
        int longestAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (BARE_EXCEPT.matcher(line).find()) {
                note(
                        seen,
                        number,
                        "an error is caught and swallowed; catch the specific error and handle or re-raise it.");
            }
            if (DEBUG_OUTPUT.matcher(line).find()) {
                note(seen, number, "debug output; use logging or remove it before submitting.");
            }
            if (TODO.matcher(line).find()) {
                note(seen, number, "an unfinished TODO/FIXME.");
            }
            if (SECRET.matcher(line).find()) {
                note(seen, number, "a hard-coded secret; read it from the environment instead.");
            }
            if (sqlConcatenated(line)) {
                note(seen, number, "SQL built from strings; use a parameterised query.");
            }
            if (BROAD_EXCEPT.matcher(line).find()) {
                note(seen, number, "catching every exception hides bugs; catch the errors you expect.");
            }
            if (JSON_PARSE.matcher(line).find() && !parseGuarded) {
                note(
                        seen,
                        number,
                        "parsing JSON from a request without handling invalid JSON turns a"
                                + " client's mistake into a 500; answer 400 instead.");
            }
            if (EXACT_PATH.matcher(line).find()) {
                note(
                        seen,
                        number,
                        "comparing `self.path` exactly misses `?query` strings; compare"
                                + " the path part (`urllib.parse.urlsplit(self.path).path`).");
            }
            if (POST_HANDLER.matcher(line).find()) {
                inPost = true;
            } else if (FUNCTION.matcher(line).find()) {
                inPost = false;
            }
            if (inPost && OK_STATUS.matcher(line).find()) {
                note(seen, number, "creating something answers 201 Created, not 200.");
            }
            if (mutableDefault(line)) {
                note(seen, number, "a mutable default argument is shared between calls; default to" + " None.");
            }
            if (MAGIC_NUMBER.matcher(line).find() && !line.strip().startsWith("#") && !httpStatusLine(line)) {
                note(seen, number, "a magic number; give it a named constant.");
            }
            if (leadingSpaces(line) >= 16 && !line.isBlank()) {
                note(seen, number, "deeply nested; extract a function or return early.");
            }
            if (FUNCTION.matcher(line).find()) {
                if (functionStart >= 0 && i - functionStart > longestFunction) {
                    longestFunction = i - functionStart;
                    longestAt = functionStart + 1;
                }
                functionStart = i;
            }
        }
        if (functionStart >= 0 && lines.length - functionStart > longestFunction) {
            longestFunction = lines.length - functionStart;
            longestAt = functionStart + 1;
        }
        List<String> findings = new ArrayList<>();
        seen.forEach((message, at) -> findings.add((at.size() == 1 ? "Line " : "Lines ")
                + at.stream().limit(6).map(String::valueOf).collect(Collectors.joining(", "))
                + (at.size() > 6 ? "…" : "")
                + ": "
                + message));
        if (longestFunction > 40) {
            findings.add("The function starting at line " + longestAt + " is " + longestFunction
                    + " lines long; split it by responsibility.");
        }
        return findings.stream().limit(12).toList();
    }

    /**
     * SQL built by concatenation: a statement keyword, then later on the line a {@code +}, {@code %s}, <code>${</code>
     * or an f-string. Plain scanning: the pattern {@code (select|...)\b.*(\+...)} retried the rest of the line from each
     * keyword, quadratic on a long line.
     */
    static boolean sqlConcatenated(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String keyword : List.of("select", "insert", "update", "delete")) {
            int at = wordAt(lower, keyword);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return false;
        }
        String rest = line.substring(first);
        int plus = rest.indexOf('+');
        while (plus >= 0) {
            int next = plus + 1;
            while (next < rest.length() && Character.isWhitespace(rest.charAt(next))) {
                next++;
            }
            if (next < rest.length() && (Character.isLetterOrDigit(rest.charAt(next)) || rest.charAt(next) == '_')) {
                return true;
            }
            plus = rest.indexOf('+', plus + 1);
        }
        return rest.contains("%s") || rest.contains("${") || rest.contains("f\"");
    }

    /** A keyword followed by a word boundary, as {@code \bselect\b} found it. */
    private static int wordAt(String lower, String keyword) {
        int from = 0;
        int at;
        while ((at = lower.indexOf(keyword, from)) >= 0) {
            int end = at + keyword.length();
            if (end >= lower.length() || !(Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '_')) {
                return at;
            }
            from = end;
        }
        return -1;
    }

    /** {@code def f(items=[])} or {@code ={}}: a default the calls share. */
    static boolean mutableDefault(String line) {
        int def = line.indexOf("def ");
        int open = def < 0 ? -1 : line.indexOf('(', def);
        if (open < 0) {
            return false;
        }
        String params = line.substring(open).replace(" ", "");
        return params.contains("=[]") || params.contains("={}");
    }

    /** A line that sends or checks a status: the number on it is an HTTP status, not a magic number. */
    static boolean httpStatusLine(String line) {
        if (STATUS_WORDS.stream().noneMatch(line::contains)) {
            return false;
        }
        for (int i = 0; i + 3 <= line.length(); i++) {
            char c = line.charAt(i);
            boolean start = i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)) && line.charAt(i - 1) != '_';
            boolean end = i + 3 == line.length()
                    || !Character.isLetterOrDigit(line.charAt(i + 3)) && line.charAt(i + 3) != '_';
            if (start
                    && end
                    && c >= '1'
                    && c <= '5'
                    && Character.isDigit(line.charAt(i + 1))
                    && Character.isDigit(line.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static void note(Map<String, List<Integer>> seen, int line, String message) {
        seen.computeIfAbsent(message, ignored -> new ArrayList<>()).add(line);
    }

    private static int leadingSpaces(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            width += line.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }

    private ReviewNotes() {}
}
