package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults.TestCaseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TAP that {@code node --test --test-reporter=tap} prints: one result per test, suites left out (their
 * tests count), names qualified by their enclosing suites, the message taken from the YAML block's {@code error}.
 */
public final class TapParser {

    private static final Pattern POINT = Pattern.compile("^(\\s*)(not )?ok \\d+ - (.*?)(\\s+# (?i:skip|todo)\\b.*)?$");
    private static final Pattern SUBTEST = Pattern.compile("^(\\s*)# Subtest: (.*)$");

    private TapParser() {}

    public static List<TestCaseResult> parse(String tap) {
        String[] lines = tap.split("\\R");
        List<TestCaseResult> results = new ArrayList<>();
        Deque<int[]> suiteIndents = new ArrayDeque<>();
        Deque<String> suiteNames = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher subtest = SUBTEST.matcher(lines[i]);
            if (subtest.matches()) {
                int indent = subtest.group(1).length();
                while (!suiteIndents.isEmpty() && suiteIndents.peek()[0] >= indent) {
                    suiteIndents.pop();
                    suiteNames.pop();
                }
                suiteIndents.push(new int[] {indent});
                suiteNames.push(subtest.group(2).strip());
                continue;
            }
            Matcher point = POINT.matcher(lines[i]);
            if (!point.matches()) {
                continue;
            }
            int indent = point.group(1).length();
            boolean passed = point.group(2) == null;
            boolean skipped = point.group(4) != null;
            Block block = yamlBlock(lines, i + 1, indent);
            if (block.suite() || skipped) {
                continue;
            }
            List<String> enclosing = new ArrayList<>();
            var indents = suiteIndents.iterator();
            var names = suiteNames.iterator();
            while (indents.hasNext()) {
                int suiteIndent = indents.next()[0];
                String name = names.next();
                if (suiteIndent < indent) {
                    enclosing.add(0, name);
                }
            }
            enclosing.add(point.group(3).strip());
            results.add(new TestCaseResult(String.join(" > ", enclosing), passed, passed ? null : block.error()));
        }
        return results;
    }

    private record Block(boolean suite, String error) {}

    /** The YAML diagnostics after a test point: indented two more, between "---" and "...". */
    private static Block yamlBlock(String[] lines, int from, int indent) {
        if (from >= lines.length || !lines[from].strip().equals("---")) {
            return new Block(false, null);
        }
        boolean suite = false;
        String error = null;
        String keyIndent = " ".repeat(indent + 2);
        for (int i = from + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("...")) {
                break;
            }
            if (line.startsWith(keyIndent + "type: 'suite'")) {
                suite = true;
            } else if (line.startsWith(keyIndent + "error:")) {
                String value = line.substring((keyIndent + "error:").length()).strip();
                if (value.startsWith("|")) {
                    StringBuilder text = new StringBuilder();
                    for (int j = i + 1; j < lines.length && indentOf(lines[j]) > indent + 2; j++) {
                        text.append(lines[j].strip()).append('\n');
                    }
                    error = text.toString().strip();
                } else {
                    error = unquote(value);
                }
            }
        }
        return new Block(suite, error == null ? null : truncate(error));
    }

    private static int indentOf(String line) {
        if (line.isBlank()) {
            return Integer.MAX_VALUE;
        }
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
