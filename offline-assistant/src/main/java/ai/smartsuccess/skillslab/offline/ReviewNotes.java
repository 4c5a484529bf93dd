package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final Pattern SQL_CONCAT =
            Pattern.compile("(?i)(select|insert|update|delete)\\b.*(\\+\\s*\\w|%s|\\$\\{|f\")");
    private static final Pattern MAGIC_NUMBER = Pattern.compile("[^\\w.\\[](\\d{3,})\\b");
    /** HTTP status codes are names in their own right, not magic numbers. */
    private static final Pattern HTTP_STATUS_LINE = Pattern.compile(
            "(send|status|response|writeHead|assert\\w*|code|abort|HTTPException)\\W*\\(?[^\\n]*\\b[1-5]\\d\\d\\b");

    private static final Pattern FUNCTION =
            Pattern.compile("^\\s*(def |async def |function |\\w+\\s*=\\s*\\(.*\\)\\s*=>)");
    private static final Pattern MUTABLE_DEFAULT = Pattern.compile("def \\w+\\(.*=\\s*(\\[\\]|\\{\\})");
    private static final Pattern BROAD_EXCEPT = Pattern.compile("^\\s*except\\s+(Exception|BaseException)\\b");
    private static final Pattern JSON_PARSE = Pattern.compile("(json\\.loads\\(|JSON\\.parse\\()");
    private static final Pattern EXACT_PATH = Pattern.compile("self\\.path\\s*[!=]=\\s*['\"]");
    private static final Pattern POST_HANDLER = Pattern.compile("^\\s*def do_POST\\b|method\\s*===?\\s*'POST'");
    private static final Pattern OK_STATUS =
            Pattern.compile("(send_response|_send|writeHead|status)\\(\\s*200\\b|send\\(res, 200");

    static List<String> findings(String code) {
        String[] lines = code.split("\n", -1);
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
            if (SQL_CONCAT.matcher(line).find()) {
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
            if (MUTABLE_DEFAULT.matcher(line).find()) {
                note(seen, number, "a mutable default argument is shared between calls; default to" + " None.");
            }
            if (MAGIC_NUMBER.matcher(line).find()
                    && !line.strip().startsWith("#")
                    && !HTTP_STATUS_LINE.matcher(line).find()) {
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
