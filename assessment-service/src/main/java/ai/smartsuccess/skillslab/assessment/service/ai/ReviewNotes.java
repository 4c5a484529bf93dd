package ai.smartsuccess.skillslab.assessment.service.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final Pattern FUNCTION =
            Pattern.compile("^\\s*(def |async def |function |\\w+\\s*=\\s*\\(.*\\)\\s*=>)");
    private static final Pattern MUTABLE_DEFAULT = Pattern.compile("def \\w+\\(.*=\\s*(\\[\\]|\\{\\})");

    static List<String> findings(String code) {
        String[] lines = code.split("\n", -1);
        List<String> findings = new ArrayList<>();
        int functionStart = -1;
        int longestFunction = 0;
        int longestAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (BARE_EXCEPT.matcher(line).find()) {
                findings.add("Line " + number + ": an error is caught and swallowed; catch the specific error and"
                        + " handle or re-raise it.");
            }
            if (DEBUG_OUTPUT.matcher(line).find()) {
                findings.add("Line " + number + ": debug output; use logging or remove it before submitting.");
            }
            if (TODO.matcher(line).find()) {
                findings.add("Line " + number + ": an unfinished TODO/FIXME.");
            }
            if (SECRET.matcher(line).find()) {
                findings.add("Line " + number + ": a hard-coded secret; read it from the environment instead.");
            }
            if (SQL_CONCAT.matcher(line).find()) {
                findings.add("Line " + number + ": SQL built from strings; use a parameterised query.");
            }
            if (MUTABLE_DEFAULT.matcher(line).find()) {
                findings.add("Line " + number + ": a mutable default argument is shared between calls; default to"
                        + " None.");
            }
            if (MAGIC_NUMBER.matcher(line).find() && !line.strip().startsWith("#")) {
                findings.add("Line " + number + ": a magic number; give it a named constant.");
            }
            if (leadingSpaces(line) >= 16 && !line.isBlank()) {
                findings.add("Line " + number + ": deeply nested; extract a function or return early.");
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
        if (longestFunction > 40) {
            findings.add("The function starting at line " + longestAt + " is " + longestFunction
                    + " lines long; split it by responsibility.");
        }
        return findings.stream().distinct().limit(12).toList();
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
