package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the workspace's files hold, read by scanning their lines (no regular expressions, so a long line costs only its
 * length): the classes and functions of Python and JavaScript files with their parameters, the stubs still to write
 * (a body that only raises {@code NotImplementedError}, throws "not implemented" or is {@code pass}), the TODO
 * comments, the tests, and the HTTP routes a README lists. Nothing is guessed: a name the files do not hold is not here.
 */
final class ProjectFiles {

    /** Longer lines are read only this far. */
    static final int MAX_LINE = 1_000;

    enum Kind {
        CLASS,
        FUNCTION,
        METHOD,
        TEST
    }

    /**
     * @param line 1-based
     * @param owner the enclosing class, or null
     * @param stub what is still to write (the stub's own message when it has one), or null for a written body
     */
    record Symbol(String file, int line, Kind kind, String name, String owner, String params, String stub) {

        String qualified() {
            return owner == null ? name : owner + "." + name;
        }

        /** {@code TodoStore.create(self, title, done=False)} as the file declares it, for quoting. */
        String declaration() {
            return kind == Kind.CLASS ? "class " + name : qualified() + "(" + params + ")";
        }

        /** The parameters without {@code self}, {@code cls} and defaults: {@code [title, done]}. */
        List<String> paramNames() {
            List<String> names = new ArrayList<>();
            for (String part : params.split(",")) {
                String name = part.strip();
                int cut = indexOfAny(name, "=:");
                name = (cut >= 0 ? name.substring(0, cut) : name).strip().replace("*", "");
                if (!name.isEmpty() && !name.equals("self") && !name.equals("cls") && isIdentifier(name)) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    record Note(String file, int line, String text) {}

    /** A route as documented: {@code GET /todos/<id>} and what the line says of it. */
    record Route(String method, String path, String detail, String file) {}

    private static final Set<String> NOT_METHODS =
            Set.of("if", "for", "while", "switch", "catch", "return", "function", "with", "else", "typeof", "new");
    /** Methods that are left empty on purpose (silencing a server's log, an empty test fixture). */
    private static final Set<String> QUIET_HOOKS = Set.of(
            "log_message",
            "log_request",
            "log_error",
            "handle_error",
            "setUp",
            "tearDown",
            "setUpClass",
            "tearDownClass",
            "__init__");

    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final List<TaskFile> files;
    private final List<Symbol> symbols = new ArrayList<>();
    private final List<Note> todos = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();

    private ProjectFiles(List<TaskFile> files) {
        this.files = files;
        for (TaskFile file : files) {
            String[] lines = file.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].length() > MAX_LINE) {
                    lines[i] = lines[i].substring(0, MAX_LINE);
                }
            }
            if (python(file.path())) {
                readPython(file.path(), lines);
            } else if (javascript(file.path())) {
                readJavaScript(file.path(), lines);
            }
            if (file.path().toLowerCase(Locale.ROOT).endsWith(".md")) {
                readRoutes(file.path(), lines);
            }
        }
    }

    static ProjectFiles of(TaskContext task) {
        return new ProjectFiles(task.files());
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    List<TaskFile> files() {
        return files;
    }

    List<Symbol> symbols() {
        return symbols;
    }

    List<Note> todos() {
        return todos;
    }

    List<Route> routes() {
        return routes;
    }

    List<Symbol> stubs() {
        return symbols.stream().filter(s -> s.stub() != null).toList();
    }

    List<Symbol> tests() {
        return symbols.stream().filter(s -> s.kind() == Kind.TEST).toList();
    }

    List<Symbol> methodsOf(String owner) {
        return symbols.stream()
                .filter(s -> owner.equals(s.owner()) && s.kind() != Kind.CLASS)
                .toList();
    }

    Optional<Symbol> classNamed(String name) {
        return symbols.stream()
                .filter(s -> s.kind() == Kind.CLASS && s.name().equals(name))
                .findFirst();
    }

    Optional<TaskFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Whether a file of this name (or ending in this path) is in the workspace. */
    Optional<TaskFile> fileNamed(String name) {
        return files.stream()
                .filter(f -> f.path().equals(name) || f.path().endsWith("/" + name))
                .findFirst();
    }

    /** The README's first heading and the paragraph after it, or null. */
    String readmeSummary() {
        Optional<TaskFile> readme = files.stream()
                .filter(f -> f.path().equalsIgnoreCase("README.md"))
                .findFirst();
        if (readme.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : readme.get().content().split("\n", -1)) {
            String text = line.strip();
            if (text.startsWith("#")) {
                if (!out.isEmpty()) {
                    break;
                }
                out.append(text.replace("#", "").strip()).append(": ");
            } else if (text.isEmpty() || text.startsWith("-") || text.startsWith("*") || text.startsWith("```")) {
                if (out.length() > 0 && !out.toString().endsWith(": ")) {
                    break;
                }
            } else {
                out.append(text).append(' ');
            }
            if (out.length() > 400) {
                break;
            }
        }
        String summary = out.toString().strip();
        return summary.isEmpty() || summary.endsWith(":") ? null : summary;
    }

    /** The first line of a Python file's module docstring, or null. */
    static String docstring(TaskFile file) {
        if (!python(file.path())) {
            return null;
        }
        for (String line : file.content().split("\n", 20)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("\"\"\"") || text.startsWith("'''")) {
                String body = text.substring(3);
                int end = body.indexOf(text.substring(0, 3));
                String first = (end >= 0 ? body.substring(0, end) : body).strip();
                return first.isEmpty() ? null : first.length() > 160 ? first.substring(0, 160) : first;
            }
            return null;
        }
        return null;
    }

    /** Python when the workspace has more Python files than JavaScript ones. */
    boolean mostlyPython() {
        long py = files.stream().filter(f -> python(f.path())).count();
        long js = files.stream().filter(f -> javascript(f.path())).count();
        return py >= js;
    }

    /** The symbols a message names (a word equal to the name, or {@code Class.method}), most specific first. */
    List<Symbol> namedIn(String message) {
        List<String> words = words(message);
        List<Symbol> found = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (symbol.name().length() < 3 && !words.contains(symbol.qualified())) {
                continue;
            }
            if (words.contains(symbol.qualified()) || words.contains(symbol.name())) {
                found.add(symbol);
            }
        }
        // Class.method named exactly first, then methods and functions, then classes.
        found.sort((a, b) -> Integer.compare(rank(a, words), rank(b, words)));
        return found;
    }

    private static int rank(Symbol symbol, List<String> words) {
        if (symbol.owner() != null && words.contains(symbol.qualified())) {
            return 0;
        }
        if (symbol.stub() != null) {
            return 1;
        }
        return symbol.kind() == Kind.CLASS ? 3 : 2;
    }

    /** The identifiers of a text, dotted names kept whole and also split: {@code store.create} gives three. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length()
                        && (Character.isLetterOrDigit(text.charAt(i))
                                || text.charAt(i) == '_'
                                || text.charAt(i) == '.')) {
                    i++;
                }
                String word = text.substring(start, i);
                while (word.endsWith(".")) {
                    word = word.substring(0, word.length() - 1);
                }
                words.add(word);
                if (word.contains(".")) {
                    for (String part : word.split("\\.")) {
                        if (!part.isEmpty()) {
                            words.add(part);
                        }
                    }
                }
            } else {
                i++;
            }
        }
        return words;
    }

    static boolean python(String path) {
        return path.endsWith(".py");
    }

    static boolean javascript(String path) {
        return path.endsWith(".js") || path.endsWith(".mjs") || path.endsWith(".cjs") || path.endsWith(".ts");
    }

    static boolean testFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("test_")
                || name.endsWith("_test.py")
                || name.contains(".test.")
                || name.contains(".spec.")
                || path.startsWith("tests/")
                || path.contains("/tests/");
    }

    // --- Python --------------------------------------------------------------------------------------------------

    private void readPython(String path, String[] lines) {
        List<int[]> classIndents = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        boolean test = testFile(path);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            int indent = indent(raw);
            int hash = text.indexOf('#');
            if (hash >= 0) {
                note(path, i, text.substring(hash + 1));
            }
            if (text.startsWith("#")) {
                continue;
            }
            while (!classIndents.isEmpty() && classIndents.get(classIndents.size() - 1)[0] >= indent) {
                classIndents.remove(classIndents.size() - 1);
                classNames.remove(classNames.size() - 1);
            }
            String owner = classNames.isEmpty() ? null : classNames.get(classNames.size() - 1);
            if (text.startsWith("class ")) {
                String name = identifierAt(text, 6);
                if (!name.isEmpty()) {
                    symbols.add(new Symbol(path, i + 1, Kind.CLASS, name, owner, "", null));
                    classIndents.add(new int[] {indent});
                    classNames.add(name);
                }
                continue;
            }
            int def = text.startsWith("def ") ? 4 : text.startsWith("async def ") ? 10 : -1;
            if (def < 0) {
                continue;
            }
            String name = identifierAt(text, def);
            if (name.isEmpty()) {
                continue;
            }
            Kind kind = test && name.startsWith("test") ? Kind.TEST : owner != null ? Kind.METHOD : Kind.FUNCTION;
            symbols.add(new Symbol(path, i + 1, kind, name, owner, params(text), pythonStub(lines, i, indent, name)));
        }
    }

    /** What the body after line {@code at} leaves to write, or null when it is written. */
    private static String pythonStub(String[] lines, int at, int indent, String name) {
        boolean inDocstring = false;
        for (int j = at + 1; j < lines.length && j < at + 30; j++) {
            String text = lines[j].strip();
            if (text.isEmpty()) {
                continue;
            }
            if (inDocstring) {
                inDocstring = !(text.contains("\"\"\"") || text.contains("'''"));
                continue;
            }
            if (indent(lines[j]) <= indent) {
                return null;
            }
            if (text.startsWith("\"\"\"") || text.startsWith("'''")) {
                String quote = text.substring(0, 3);
                inDocstring = text.length() < 6 || !text.substring(3).contains(quote);
                continue;
            }
            if (text.startsWith("#")) {
                String comment = text.substring(1).strip();
                if (comment.startsWith("TODO") || comment.startsWith("FIXME")) {
                    return comment;
                }
                continue;
            }
            if (text.startsWith("raise NotImplementedError")) {
                String message = quoted(text);
                return message == null ? "not implemented yet" : message;
            }
            if ((text.equals("pass") || text.equals("...")) && !QUIET_HOOKS.contains(name)) {
                for (int k = j + 1; k < lines.length; k++) {
                    if (!lines[k].isBlank()) {
                        return indent(lines[k]) <= indent ? "empty (only `" + text + "`)" : null;
                    }
                }
                return "empty (only `" + text + "`)";
            }
            return null;
        }
        return null;
    }

    // --- JavaScript ----------------------------------------------------------------------------------------------

    private void readJavaScript(String path, String[] lines) {
        List<Integer> classIndents = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            int indent = indent(raw);
            int comment = text.indexOf("//");
            if (comment >= 0) {
                note(path, i, text.substring(comment + 2));
            }
            if (text.startsWith("//") || text.startsWith("*") || text.startsWith("/*")) {
                continue;
            }
            while (!classIndents.isEmpty() && classIndents.get(classIndents.size() - 1) >= indent) {
                classIndents.remove(classIndents.size() - 1);
                classNames.remove(classNames.size() - 1);
            }
            String owner = classNames.isEmpty() ? null : classNames.get(classNames.size() - 1);
            String decl = strip(text, "export ", "default ", "async ", "static ");
            for (String call : List.of("test(", "it(", "describe(", "test.skip(", "it.skip(")) {
                if (text.startsWith(call)) {
                    String name = quoted(text);
                    if (name != null) {
                        symbols.add(new Symbol(path, i + 1, Kind.TEST, name, null, "", null));
                    }
                }
            }
            if (decl.startsWith("class ")) {
                String name = identifierAt(decl, 6);
                if (!name.isEmpty()) {
                    symbols.add(new Symbol(path, i + 1, Kind.CLASS, name, owner, "", null));
                    classIndents.add(indent);
                    classNames.add(name);
                }
                continue;
            }
            String name = null;
            if (decl.startsWith("function")) {
                name = identifierAt(decl.replace("function*", "function "), 9);
            } else if (decl.startsWith("const ") || decl.startsWith("let ") || decl.startsWith("var ")) {
                String candidate = identifierAt(decl, decl.indexOf(' ') + 1);
                int eq = decl.indexOf('=');
                String value = eq < 0 ? "" : decl.substring(eq + 1).strip();
                if (!candidate.isEmpty()
                        && (value.startsWith("function") || value.startsWith("async") || value.contains("=>"))) {
                    name = candidate;
                }
            } else if (owner != null && indent > classIndents.get(classIndents.size() - 1)) {
                String candidate = identifierAt(strip(decl, "get ", "set "), 0);
                int paren = decl.indexOf('(');
                if (!candidate.isEmpty()
                        && !NOT_METHODS.contains(candidate)
                        && paren == decl.indexOf(candidate) + candidate.length()
                        && decl.endsWith("{")) {
                    name = candidate;
                }
            }
            if (name == null || name.isEmpty()) {
                continue;
            }
            Kind kind = owner != null && indent > 0 ? Kind.METHOD : Kind.FUNCTION;
            symbols.add(new Symbol(
                    path,
                    i + 1,
                    kind,
                    name,
                    kind == Kind.METHOD ? owner : null,
                    params(decl),
                    javaScriptStub(lines, i)));
        }
    }

    private static String javaScriptStub(String[] lines, int at) {
        for (int j = at + 1; j < lines.length && j < at + 6; j++) {
            String text = lines[j].strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("//")) {
                String comment = text.substring(2).strip();
                if (comment.startsWith("TODO") || comment.startsWith("FIXME")) {
                    return comment;
                }
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.startsWith("throw new Error") && (lower.contains("not implemented") || lower.contains("todo"))) {
                String message = quoted(text);
                return message == null ? "not implemented yet" : message;
            }
            return null;
        }
        return null;
    }

    // --- Routes and notes ----------------------------------------------------------------------------------------

    private void readRoutes(String path, String[] lines) {
        for (String line : lines) {
            for (String verb : VERBS) {
                int at = line.indexOf(verb + " /");
                if (at < 0 || (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1)))) {
                    continue;
                }
                int start = at + verb.length() + 1;
                int end = start;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '`') {
                    end++;
                }
                String detail = line.substring(Math.min(line.length(), end + 1))
                        .replace("`", "")
                        .strip();
                routes.add(new Route(verb, line.substring(start, end), detail, path));
            }
        }
    }

    private void note(String path, int index, String comment) {
        String text = comment.strip();
        if (text.startsWith("TODO") || text.startsWith("FIXME") || text.startsWith("XXX")) {
            todos.add(new Note(path, index + 1, text));
        }
    }

    // --- Scanning helpers ----------------------------------------------------------------------------------------

    static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            width += line.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }

    private static String identifierAt(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length()
                && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** What is between the first {@code (} and its closing {@code )} on the line (or the line's end). */
    private static String params(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return "";
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i).strip();
            }
        }
        return text.substring(open + 1).strip();
    }

    /** The first string literal of a line, or null. */
    static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char quote = text.charAt(i);
            if (quote == '"' || quote == '\'' || quote == '`') {
                int end = text.indexOf(quote, i + 1);
                return end > i ? text.substring(i + 1, end) : null;
            }
        }
        return null;
    }

    private static String strip(String text, String... prefixes) {
        String out = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : prefixes) {
                if (out.startsWith(prefix)) {
                    out = out.substring(prefix.length());
                    changed = true;
                }
            }
        }
        return out;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIdentifier(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                return false;
            }
        }
        return !name.isEmpty();
    }
}
