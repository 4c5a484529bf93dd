package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFile;
import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Language-light static checks of the authored code: enough to tell tidy code from a hasty paste. */
public final class FinalCodeAnalyzer {

    static final Set<String> CODE_EXTENSIONS = Set.of(
            "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "java", "kt", "go", "rb", "cs", "rs", "c", "cc", "cpp", "h",
            "hpp", "php", "swift", "scala", "sh");
    static final int LONG_FUNCTION_LINES = 40;

    private static final Pattern PY_DEF = Pattern.compile("^(\\s*)(?:async\\s+)?def\\s+\\w+.*");
    private static final Pattern BRACE_DEF = Pattern.compile(
            "^\\s*(?:(?:export\\s+)?(?:async\\s+)?function\\s+\\w+\\s*\\(.*|(?:public|private|protected|static|func|fn)\\b"
                    + ".*\\(.*\\).*\\{\\s*|(?:const|let)\\s+\\w+\\s*=\\s*(?:async\\s*)?\\([^)]*\\)\\s*=>\\s*\\{\\s*)$");
    private static final Pattern TEST_FUNCTION = Pattern.compile(
            "(?m)^\\s*(?:async\\s+)?def\\s+test_\\w+|\\b(?:it|test)\\(\\s*['\"`]|@Test\\b|func Test\\w+");
    static final LinePattern DEBUG = LinePattern.of(
            "^\\s*(?:print\\(|console\\.log\\(|System\\.out\\.print)", "print(", "console.log(", "System.out.print");
    static final LinePattern TODO = LinePattern.of("\\b(?:TODO|FIXME|XXX)\\b", "TODO", "FIXME", "XXX");
    static final LinePattern SWALLOW = LinePattern.of(
            "^\\s*except\\s*:\\s*$|^\\s*except\\s*:\\s*pass|^\\s*except\\s+Exception(?:\\s+as\\s+\\w+)?\\s*:\\s*pass"
                    + "|catch\\s*\\([^)]*\\)\\s*\\{\\s*\\}",
            "except",
            "catch");
    static final LinePattern STUB = LinePattern.of(
            "raise\\s+NotImplementedError|throw new (?:Error|UnsupportedOperationException)\\(\\s*['\"](?:not implemented|todo)",
            "NotImplementedError",
            "throw new ");
    static final LinePattern GUARD = LinePattern.of(
            "\\braise\\s+\\w+(?:Error|Exception)|\\bthrow\\s+new\\b|\\bif\\s+not\\s+\\w|\\bis\\s+None\\b|==\\s*None|"
                    + "===?\\s*(?:undefined|null)|\\bisinstance\\(|\\btypeof\\s|\\bexcept\\s+\\w+|\\bcatch\\s*\\(\\w+|"
                    + "\\.strip\\(\\)|\\.trim\\(\\)|\\blen\\([^)]*\\)\\s*==\\s*0|[<>]=?\\s*0\\b|\\breturn\\s+None\\b|"
                    + "\\b(?:400|404|422)\\b",
            "raise",
            "throw",
            "if",
            "None",
            "==",
            "isinstance(",
            "typeof",
            "except",
            "catch",
            ".strip()",
            ".trim()",
            "len(",
            "<",
            ">",
            "40",
            "422");

    private FinalCodeAnalyzer() {}

    public static FinalCode analyze(CodeEvolution evolution, WorkspaceFiles starter, WorkspaceFiles finals) {
        int codeFiles = 0;
        int functions = 0;
        int longFunctions = 0;
        int documented = 0;
        int maxNesting = 0;
        int lines = 0;
        int longLines = 0;
        int nonTrivial = 0;
        int duplicates = 0;
        int debug = 0;
        int todos = 0;
        int swallowed = 0;
        int stubs = 0;
        int comments = 0;
        int guards = 0;
        boolean docs = false;
        for (Map.Entry<String, String> file : evolution.authoredFiles().entrySet()) {
            String path = file.getKey();
            String text = file.getValue();
            String ext = extension(path);
            if (ext.equals("md") || ext.equals("rst") || ext.equals("txt")) {
                WorkspaceFile before = starter.files().get(path);
                int gained = gainedLines(before == null ? "" : before.text(), text);
                docs |= gained >= 3;
                continue;
            }
            if (!CODE_EXTENSIONS.contains(ext) || isTest(path)) {
                continue;
            }
            codeFiles++;
            List<String> fileLines = List.of(text.split("\n", -1));
            boolean python = ext.equals("py");
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < fileLines.size(); i++) {
                String line = fileLines.get(i);
                String trimmed = line.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                lines++;
                if (line.length() > 120) {
                    longLines++;
                }
                if (trimmed.startsWith("#")
                        || trimmed.startsWith("//")
                        || trimmed.startsWith("*")
                        || trimmed.startsWith("/*")) {
                    comments++;
                    continue;
                }
                String normalized = Words.normalizeCodeLine(trimmed);
                if (!Words.trivialCodeLine(normalized)) {
                    nonTrivial++;
                    if (seen.merge(normalized, 1, Integer::sum) == 2) {
                        duplicates += 2;
                    } else if (seen.get(normalized) > 2) {
                        duplicates++;
                    }
                }
                if (DEBUG.foundIn(line) && !path.endsWith("main.py") && !path.endsWith("index.js")) {
                    debug++;
                }
                if (TODO.foundIn(line)) {
                    todos++;
                }
                if (SWALLOW.foundIn(line)) {
                    swallowed++;
                }
                if (STUB.foundIn(line)) {
                    stubs++;
                }
                if (GUARD.foundIn(line)) {
                    guards++;
                }
                boolean definition = python
                        ? PY_DEF.matcher(line).matches()
                        : BRACE_DEF.matcher(line).matches();
                if (definition) {
                    functions++;
                    int length = python ? pythonLength(fileLines, i) : braceLength(fileLines, i);
                    if (length > LONG_FUNCTION_LINES) {
                        longFunctions++;
                    }
                    if (python ? pythonDocumented(fileLines, i) : leadingComment(fileLines, i)) {
                        documented++;
                    }
                }
                maxNesting = Math.max(maxNesting, python ? indentLevel(line) : 0);
            }
            if (!python) {
                maxNesting = Math.max(maxNesting, braceDepth(fileLines));
            }
        }
        int testsFinal = countTests(finals);
        int testsStarter = countTests(starter);
        return new FinalCode(
                codeFiles,
                functions,
                longFunctions,
                documented,
                maxNesting,
                lines == 0 ? 0 : (double) longLines / lines,
                nonTrivial == 0 ? 0 : (double) duplicates / nonTrivial,
                debug,
                todos,
                swallowed,
                stubs,
                comments,
                lines - comments,
                Math.max(0, testsFinal - testsStarter),
                guards,
                docs);
    }

    public static boolean isTest(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.contains("test") || lower.contains("spec.");
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int countTests(WorkspaceFiles files) {
        int n = 0;
        for (WorkspaceFile file : files.files().values()) {
            if (file.text() != null && isTest(file.path())) {
                n += (int) TEST_FUNCTION.matcher(file.text()).results().count();
            }
        }
        return n;
    }

    private static int gainedLines(String before, String after) {
        Set<String> old = new java.util.HashSet<>();
        for (String line : (before == null ? "" : before).split("\n")) {
            old.add(line.trim());
        }
        int gained = 0;
        for (String line : after.split("\n")) {
            String trimmed = line.trim();
            if (Words.count(trimmed) >= 3 && !old.contains(trimmed)) {
                gained++;
            }
        }
        return gained;
    }

    private static int indent(String line) {
        int n = 0;
        for (char c : line.toCharArray()) {
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }

    private static int indentLevel(String line) {
        return indent(line) / 4;
    }

    private static int pythonLength(List<String> lines, int start) {
        int base = indent(lines.get(start));
        int end = start;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (indent(line) <= base) {
                break;
            }
            end = i;
        }
        return end - start + 1;
    }

    private static boolean pythonDocumented(List<String> lines, int start) {
        for (int i = start + 1; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            return trimmed.startsWith("\"\"\"") || trimmed.startsWith("'''") || trimmed.startsWith("#");
        }
        return false;
    }

    private static boolean leadingComment(List<String> lines, int start) {
        for (int i = start - 1; i >= 0; i--) {
            String trimmed = lines.get(i).trim();
            if (trimmed.isEmpty() || trimmed.startsWith("@")) {
                continue;
            }
            return trimmed.startsWith("//")
                    || trimmed.endsWith("*/")
                    || trimmed.startsWith("*")
                    || trimmed.startsWith("#");
        }
        return false;
    }

    private static int braceLength(List<String> lines, int start) {
        int depth = 0;
        boolean opened = false;
        for (int i = start; i < lines.size(); i++) {
            for (char c : lines.get(i).toCharArray()) {
                if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                }
            }
            if (opened && depth <= 0) {
                return i - start + 1;
            }
        }
        return lines.size() - start;
    }

    private static int braceDepth(List<String> lines) {
        int depth = 0;
        int max = 0;
        for (String line : lines) {
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    max = Math.max(max, ++depth);
                } else if (c == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
        return max;
    }
}
