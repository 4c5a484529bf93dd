package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structural refactorings a piece of code calls for, each named after what was seen in it. */
final class RefactorMoves {

    private static final Pattern PATH_CHECK = Pattern.compile(
            "(self\\.path\\s*[!=]=|req\\.url\\s*[!=]==?|pathname\\s*[!=]==?|\\bpath\\s*[!=]=\\s*['\"])");
    private static final Pattern SQL =
            Pattern.compile("(?i)\\b(execute\\(|select\\s|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)");
    private static final Pattern HTTP_HANDLER =
            Pattern.compile("(BaseHTTPRequestHandler|def do_(GET|POST|PUT|DELETE)|createServer|\\(req, res\\))");
    private static final Pattern ERROR_ANSWER = Pattern.compile(
            "(_send\\(4\\d\\d|send_response\\(4\\d\\d|send_error\\(4\\d\\d|status\\(4\\d\\d|writeHead\\(4\\d\\d"
                    + "|send\\(res, 4\\d\\d)");
    private static final Pattern FUNCTION = Pattern.compile(
            "^(\\s*)(?:async\\s+)?(?:def|function)\\s+([A-Za-z_]\\w*)|^(\\s*)(?:const|let)\\s+([A-Za-z_]\\w*)\\s*=\\s*"
                    + "(?:async\\s*)?(?:\\([^)]*\\)|\\w+)\\s*=>");
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+\\w+");

    static List<String> suggest(String code) {
        List<String> moves = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        int pathChecks = count(PATH_CHECK, code);
        if (pathChecks >= 3) {
            moves.add("The " + pathChecks + " path comparisons make one long `if` chain: a route table (method and"
                    + " path pattern → handler function) lets each route be read and tested alone.");
        }
        if (SQL.matcher(code).find() && HTTP_HANDLER.matcher(code).find()) {
            moves.add("SQL sits in the HTTP handler: move it into a store class (create, get, list, update,"
                    + " delete); the handler then only parses, validates, calls the store and answers.");
        }
        int errors = count(ERROR_ANSWER, code);
        if (errors >= 3) {
            moves.add("The " + errors + " error answers repeat the same steps: one helper (`error(status,"
                    + " message)`) keeps their format the same everywhere.");
        }
        for (Map.Entry<String, int[]> function : functions(lines).entrySet()) {
            int length = function.getValue()[1];
            if (length > 25) {
                moves.add("`" + function.getKey() + "` (line " + function.getValue()[0] + ") is " + length
                        + " lines: split it by step (read input, validate, act, answer), each step a function.");
            }
        }
        Map<String, Integer> repeated = new LinkedHashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.length() >= 25 && !text.startsWith("#") && !text.startsWith("//")) {
                repeated.merge(text, 1, Integer::sum);
            }
        }
        repeated.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .limit(2)
                .forEach(e -> moves.add("This line appears " + e.getValue() + " times, extract it once: "
                        + SafeQuote.inline(e.getKey(), 80) + "."));
        for (int i = 0; i < lines.length; i++) {
            if (GLOBAL.matcher(lines[i]).find()) {
                moves.add("Line " + (i + 1) + ": `global` state; pass it in (an object the caller creates) so tests"
                        + " can use their own.");
                break;
            }
        }
        return moves;
    }

    /** Each function's first line and length, up to the next function at the same or a lower indentation. */
    private static Map<String, int[]> functions(String[] lines) {
        Map<String, int[]> found = new LinkedHashMap<>();
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FUNCTION.matcher(lines[i]);
            if (m.find()) {
                String indent = m.group(1) != null ? m.group(1) : m.group(3);
                starts.add(new int[] {i, indent.length()});
                names.add(m.group(2) != null ? m.group(2) : m.group(4));
            }
        }
        for (int f = 0; f < starts.size(); f++) {
            int start = starts.get(f)[0];
            int indent = starts.get(f)[1];
            int end = lines.length;
            for (int g = f + 1; g < starts.size(); g++) {
                if (starts.get(g)[1] <= indent) {
                    end = starts.get(g)[0];
                    break;
                }
            }
            while (end > start + 1 && lines[end - 1].isBlank()) {
                end--;
            }
            found.putIfAbsent(names.get(f), new int[] {start + 1, end - start});
        }
        return found;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private RefactorMoves() {}
}
