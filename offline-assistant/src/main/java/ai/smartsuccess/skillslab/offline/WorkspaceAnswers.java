package ai.smartsuccess.skillslab.offline;

import ai.smartsuccess.skillslab.offline.ProjectFiles.Kind;
import ai.smartsuccess.skillslab.offline.ProjectFiles.Route;
import ai.smartsuccess.skillslab.offline.ProjectFiles.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers built from the workspace's files: what the project is and what is left to write, how to implement a function
 * or a route the files declare (with a sketch in the style of the file it goes into), tests for it, and where a concept
 * applies in these files. Every name it shows is one the files hold; what they do not hold, it says is missing.
 */
final class WorkspaceAnswers {

    /** English words that are also common method names: they count as a name only when written like code. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "create",
            "get",
            "list",
            "update",
            "delete",
            "add",
            "remove",
            "find",
            "save",
            "load",
            "read",
            "write",
            "run",
            "start",
            "stop",
            "main",
            "all",
            "count",
            "clear",
            "close",
            "open",
            "parse",
            "render",
            "set",
            "handle",
            "send",
            "make",
            "build",
            "test",
            "check",
            "validate",
            "reset",
            "search",
            "sort",
            "filter",
            "format",
            "insert",
            "merge",
            "fetch",
            "store",
            "todo",
            "app",
            "server");

    private static final List<String> OVERVIEW = List.of(
            "what does this project",
            "what does the project",
            "what does this code",
            "what does the code",
            "what does this do",
            "what is this project",
            "what's this project",
            "what is the project",
            "where do i start",
            "where should i start",
            "where to start",
            "where do i begin",
            "how do i start",
            "how should i start",
            "how do i begin",
            "how should i begin",
            "what should i do first",
            "what do i do first",
            "what should i start with",
            "overview",
            "summar",
            "what's left",
            "what is left",
            "what remains",
            "what's missing",
            "what is missing",
            "what do i need to do",
            "what do i have to do",
            "explain the project",
            "explain this project",
            "explain the code",
            "explain the files",
            "walk me through",
            "what files",
            "which files",
            "project structure",
            "get started",
            "getting started");
    private static final List<String> IMPLEMENT = List.of(
            "implement",
            "write",
            "finish",
            "complete",
            "fill in",
            "code for",
            "how do i",
            "how should i",
            "how can i",
            "how to",
            "add",
            "make",
            "fix",
            "build",
            "handle",
            "support",
            "help with",
            "help me with",
            "what goes in",
            "what should");
    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final TaskContext task;
    private final ProjectFiles project;

    WorkspaceAnswers(TaskContext task, ProjectFiles project) {
        this.task = task;
        this.project = project;
    }

    static boolean asksOverview(String message) {
        String lower = lower(message);
        return OVERVIEW.stream().anyMatch(lower::contains);
    }

    static boolean asksImplement(String message) {
        String lower = lower(message);
        return IMPLEMENT.stream().anyMatch(lower::contains);
    }

    private static String lower(String message) {
        return message.substring(0, Math.min(message.length(), 4_000)).toLowerCase(Locale.ROOT);
    }

    /** The symbols of the files a message names; a common word counts only written as code ({@code create(}, `create`). */
    List<Symbol> named(String message) {
        String text = message.substring(0, Math.min(message.length(), 4_000));
        List<Symbol> found = new ArrayList<>();
        for (Symbol symbol : project.namedIn(text)) {
            String name = symbol.name();
            boolean common = COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT));
            if (!common
                    || text.contains(name + "(")
                    || text.contains("." + name)
                    || text.contains("`" + name)
                    || text.contains(name + " method")
                    || text.contains(name + " function")
                    || text.contains("method " + name)
                    || text.contains("function " + name)) {
                found.add(symbol);
            }
        }
        return found;
    }

    /** The HTTP method the message asks about: {@code POST /todos}, the word POST, or {@code do_POST}. */
    static Optional<String> verbIn(String message) {
        String text = message.substring(0, Math.min(message.length(), 4_000));
        for (String word : ProjectFiles.words(text)) {
            for (String verb : VERBS) {
                if (word.equals(verb) || word.equals("do_" + verb)) {
                    return Optional.of(verb);
                }
            }
        }
        return Optional.empty();
    }

    // --- Overview ------------------------------------------------------------------------------------------------

    String overview(String message) {
        StringBuilder out = new StringBuilder();
        String summary = project.readmeSummary();
        out.append("## This project: ").append(SafeQuote.clean(task.title() == null ? "the task" : task.title(), 120));
        out.append("\n\n");
        if (summary != null) {
            out.append("From `README.md`: ")
                    .append(SafeQuote.clean(summary, 400))
                    .append("\n\n");
        }
        out.append("**The files** (").append(project.files().size()).append("):\n\n");
        for (TaskFile file : project.files()) {
            out.append("- ")
                    .append(SafeQuote.inline(file.path(), 120))
                    .append(describe(file))
                    .append('\n');
        }
        out.append('\n');
        List<Symbol> stubs = ordered(project.stubs());
        if (stubs.isEmpty() && project.todos().isEmpty()) {
            out.append("No stub or TODO is left in these files: run the tests and compare the behaviour with the")
                    .append(" README and the task's brief.\n\n");
        } else {
            out.append("**Still to write** (stubs and TODOs in the files):\n\n");
            int n = 1;
            for (Symbol stub : stubs.subList(0, Math.min(12, stubs.size()))) {
                out.append(n++)
                        .append(". ")
                        .append(SafeQuote.inline(stub.qualified(), 80))
                        .append(" in ")
                        .append(SafeQuote.inline(stub.file(), 120))
                        .append(" line ")
                        .append(stub.line())
                        .append(": ")
                        .append(SafeQuote.inline(stub.stub(), 160))
                        .append('\n');
            }
            for (ProjectFiles.Note todo :
                    project.todos().subList(0, Math.min(8, project.todos().size()))) {
                out.append(n++)
                        .append(". ")
                        .append(SafeQuote.inline(todo.file(), 120))
                        .append(" line ")
                        .append(todo.line())
                        .append(": ")
                        .append(SafeQuote.inline(todo.text(), 160))
                        .append('\n');
            }
            out.append('\n');
        }
        String routes = routeStatus();
        if (!routes.isEmpty()) {
            out.append(routes);
        }
        out.append("**Where to start**\n\n");
        int step = 1;
        if (!stubs.isEmpty()) {
            Symbol first = stubs.get(0);
            out.append(step++)
                    .append(". Start with ")
                    .append(SafeQuote.inline(first.file(), 120))
                    .append(": the other files build on it. Write ")
                    .append(SafeQuote.inline(first.qualified(), 80))
                    .append(" first")
                    .append(stubs.size() > 1 ? ", then the other stubs of the list in order" : "")
                    .append(".\n");
        }
        Optional<Symbol> handler = handlerClass();
        List<String> missing = missingHandlers();
        if (handler.isPresent() && !missing.isEmpty()) {
            out.append(step++)
                    .append(". Then the HTTP layer: ")
                    .append(SafeQuote.inline(handler.get().name(), 80))
                    .append(" in ")
                    .append(SafeQuote.inline(handler.get().file(), 120))
                    .append(" has no ")
                    .append(String.join(
                            ", ", missing.stream().map(m -> "`" + m + "`").toList()))
                    .append(" yet: add them for the routes above.\n");
        }
        List<Symbol> tests = project.tests();
        out.append(step)
                .append(". Tests: ")
                .append(
                        tests.isEmpty()
                                ? "there is no test yet; write one for each behaviour as you go."
                                : tests.size() + " so far ("
                                        + String.join(
                                                ", ",
                                                tests.stream()
                                                        .limit(4)
                                                        .map(t -> SafeQuote.inline(t.name(), 60))
                                                        .toList())
                                        + "); add one for each stub you write.")
                .append('\n');
        out.append("\nRun `").append(task.testCommand()).append("` after each step. Ask me \"How do I implement ");
        out.append(stubs.isEmpty() ? "<a function>" : stubs.get(0).qualified()).append("?\" for a sketch.");
        return out.toString();
    }

    /** What a file declares, in a few words: {@code : class TodoStore (list, create), 4 stubs}. */
    private String describe(TaskFile file) {
        List<Symbol> mine = project.symbols().stream()
                .filter(s -> s.file().equals(file.path()))
                .toList();
        List<String> parts = new ArrayList<>();
        String docstring = ProjectFiles.docstring(file);
        if (docstring != null) {
            parts.add(SafeQuote.clean(docstring, 160).replace("`", "'"));
        }
        List<Symbol> tests = mine.stream().filter(s -> s.kind() == Kind.TEST).toList();
        if (!tests.isEmpty()) {
            parts.add(tests.size() + (tests.size() == 1 ? " test" : " tests"));
        }
        for (Symbol cls :
                mine.stream().filter(s -> s.kind() == Kind.CLASS).limit(3).toList()) {
            List<String> methods = project.methodsOf(cls.name()).stream()
                    .filter(m -> m.file().equals(file.path()) && !m.name().startsWith("__"))
                    .map(Symbol::name)
                    .limit(8)
                    .toList();
            parts.add(
                    "class `" + cls.name() + "`" + (methods.isEmpty() ? "" : " (" + String.join(", ", methods) + ")"));
        }
        List<String> functions = mine.stream()
                .filter(s -> s.kind() == Kind.FUNCTION)
                .map(s -> "`" + s.name() + "(" + SafeQuote.clean(s.params(), 60).replace("`", "") + ")`")
                .limit(6)
                .toList();
        if (!functions.isEmpty()) {
            parts.add(String.join(", ", functions));
        }
        long stubs = mine.stream().filter(s -> s.stub() != null).count();
        if (stubs > 0) {
            parts.add(stubs + (stubs == 1 ? " stub" : " stubs") + " to write");
        }
        if (file.path().equalsIgnoreCase("README.md") && !project.routes().isEmpty()) {
            parts.add(project.routes().size() + " routes described");
        }
        if (file.content().isBlank()) {
            parts.add("empty");
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    /** Stubs in the order to write them: files that others import first, then by line. */
    private List<Symbol> ordered(List<Symbol> stubs) {
        Map<String, Integer> importedBy = new LinkedHashMap<>();
        for (TaskFile file : project.files()) {
            importedBy.put(file.path(), importers(file.path()));
        }
        List<Symbol> sorted = new ArrayList<>(stubs);
        sorted.sort((a, b) -> {
            int byImports = Integer.compare(importedBy.getOrDefault(b.file(), 0), importedBy.getOrDefault(a.file(), 0));
            if (byImports != 0) {
                return byImports;
            }
            int byFile = a.file().compareTo(b.file());
            return byFile != 0 ? byFile : Integer.compare(a.line(), b.line());
        });
        return sorted;
    }

    /** How many other files import this one (by its module name, {@code todo_api.store} or {@code ./store}). */
    private int importers(String path) {
        String module = path.replaceAll("\\.(py|m?js|cjs|ts)$", "");
        String dotted = module.replace('/', '.');
        String base = module.substring(module.lastIndexOf('/') + 1);
        int count = 0;
        for (TaskFile other : project.files()) {
            if (other.path().equals(path)) {
                continue;
            }
            for (String line : other.content().split("\n", -1)) {
                String text = line.strip();
                if ((text.startsWith("from ") || text.startsWith("import "))
                                && (text.contains(dotted + " ") || text.endsWith(dotted))
                        || (text.contains("import") || text.contains("require("))
                                && (text.contains("/" + base + ".")
                                        || text.contains("/" + base + "'")
                                        || text.contains("/" + base + "\""))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The README's routes and, for Python's http.server, which methods have no handler yet. */
    private String routeStatus() {
        if (project.routes().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("**Routes the README asks for**:\n\n");
        for (Route route :
                project.routes().subList(0, Math.min(12, project.routes().size()))) {
            out.append("- `")
                    .append(route.method())
                    .append(' ')
                    .append(SafeQuote.clean(route.path(), 80).replace("`", ""))
                    .append('`');
            if (!route.detail().isEmpty()) {
                out.append(" ").append(SafeQuote.clean(route.detail(), 140).replace("`", "'"));
            }
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    /** The request handler class (Python {@code BaseHTTPRequestHandler}), if the files have one. */
    Optional<Symbol> handlerClass() {
        for (Symbol cls : project.symbols()) {
            if (cls.kind() != Kind.CLASS) {
                continue;
            }
            boolean hasDo = project.methodsOf(cls.name()).stream()
                    .anyMatch(m -> m.name().startsWith("do_"));
            if (hasDo) {
                return Optional.of(cls);
            }
        }
        return Optional.empty();
    }

    /** The {@code do_*} methods the README's routes need that the handler class lacks. */
    List<String> missingHandlers() {
        Optional<Symbol> handler = handlerClass();
        if (handler.isEmpty()) {
            return List.of();
        }
        List<String> have = project.methodsOf(handler.get().name()).stream()
                .map(Symbol::name)
                .toList();
        List<String> missing = new ArrayList<>();
        for (Route route : project.routes()) {
            String method = "do_" + route.method();
            if (!have.contains(method) && !missing.contains(method)) {
                missing.add(method);
            }
        }
        return missing;
    }

    // --- Implementing a named function ---------------------------------------------------------------------------

    String implement(Symbol symbol) {
        StringBuilder out = new StringBuilder();
        out.append("## Implementing ")
                .append(SafeQuote.inline(symbol.qualified(), 80))
                .append(" (")
                .append(SafeQuote.inline(symbol.file(), 120))
                .append(", line ")
                .append(symbol.line())
                .append(")\n\n");
        String language = ProjectFiles.python(symbol.file()) ? "python" : "javascript";
        out.append("It is declared as:\n\n")
                .append(SafeQuote.code(excerpt(symbol), language, 1_200))
                .append("\n\n");
        if (symbol.stub() != null) {
            out.append("Still to write; its stub says: ")
                    .append(SafeQuote.inline(symbol.stub(), 200))
                    .append(".\n\n");
        } else {
            out.append("It already has a body; below is what else in the files it works with.\n\n");
        }
        if (symbol.owner() != null) {
            List<Symbol> siblings = project.methodsOf(symbol.owner()).stream()
                    .filter(m -> !m.name().equals(symbol.name()) && m.file().equals(symbol.file()))
                    .toList();
            List<String> written = siblings.stream()
                    .filter(m -> m.stub() == null && !m.name().startsWith("__"))
                    .map(m -> SafeQuote.inline(m.name(), 60))
                    .toList();
            List<String> open = siblings.stream()
                    .filter(m -> m.stub() != null)
                    .map(m -> SafeQuote.inline(m.name(), 60))
                    .toList();
            if (!written.isEmpty()) {
                out.append("Written already in `")
                        .append(symbol.owner())
                        .append("`: ")
                        .append(String.join(", ", written))
                        .append(": follow their style.\n");
            }
            if (!open.isEmpty()) {
                out.append("Still stubs beside it: ")
                        .append(String.join(", ", open))
                        .append(".\n");
            }
            out.append('\n');
        }
        List<String> users = usersOf(symbol);
        if (!users.isEmpty()) {
            out.append("Used in: ").append(String.join(", ", users)).append(".\n\n");
        }
        String sketch = ProjectFiles.python(symbol.file()) ? PythonSketches.method(project, symbol) : null;
        if (sketch != null) {
            out.append("A sketch that fits the file:\n\n")
                    .append(SafeQuote.code(sketch, "python", 4_000))
                    .append("\n\n");
        } else {
            out.append("I cannot write this body offline without knowing more than the files say. The steps:\n\n");
            out.append("1. Write down what it receives (")
                    .append(
                            symbol.paramNames().isEmpty()
                                    ? "no parameters"
                                    : String.join(
                                            ", ",
                                            symbol.paramNames().stream()
                                                    .map(p -> "`" + p + "`")
                                                    .toList()))
                    .append(") and what it must return or change.\n");
            out.append("2. Refuse invalid input first, then handle the normal case.\n");
            out.append("3. Add a test that calls it, and make it pass.\n\n");
        }
        out.append("Then run `")
                .append(task.testCommand())
                .append("`. Ask \"Write tests for ")
                .append(symbol.qualified())
                .append("\" for tests of it.");
        return out.toString();
    }

    /** The declaration and the first lines of its body, dedented. */
    private String excerpt(Symbol symbol) {
        String content = project.file(symbol.file()).map(TaskFile::content).orElse("");
        String[] lines = content.split("\n", -1);
        int start = symbol.line() - 1;
        int indent = ProjectFiles.indent(lines[start]);
        StringBuilder out = new StringBuilder();
        for (int i = start; i < lines.length && i < start + 8; i++) {
            if (i > start && !lines[i].isBlank() && ProjectFiles.indent(lines[i]) <= indent) {
                break;
            }
            String line = lines[i].length() > 200 ? lines[i].substring(0, 200) : lines[i];
            out.append(line.length() >= indent ? line.substring(Math.min(indent, leading(line))) : line)
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static int leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Files and lines that call the symbol ({@code .create(} or {@code create(}), at most five. */
    private List<String> usersOf(Symbol symbol) {
        List<String> users = new ArrayList<>();
        String call = (symbol.kind() == Kind.METHOD ? "." : "") + symbol.name() + "(";
        String construct = symbol.name() + "(";
        for (TaskFile file : project.files()) {
            String[] lines = file.content().split("\n", -1);
            for (int i = 0; i < lines.length && users.size() < 5; i++) {
                String line = lines[i].length() > ProjectFiles.MAX_LINE
                        ? lines[i].substring(0, ProjectFiles.MAX_LINE)
                        : lines[i];
                boolean declaration = file.path().equals(symbol.file()) && i + 1 == symbol.line();
                if (!declaration
                        && (line.contains(call) || (symbol.kind() == Kind.CLASS && line.contains(construct)))) {
                    users.add(SafeQuote.inline(file.path(), 120) + " line " + (i + 1));
                }
            }
        }
        return users;
    }

    // --- Implementing a route ------------------------------------------------------------------------------------

    /** How to serve one HTTP method: the README's contract, the handler it goes into, and a sketch. */
    String route(String verb, String message) {
        List<Route> documented =
                project.routes().stream().filter(r -> r.method().equals(verb)).toList();
        Route chosen = documented.isEmpty() ? null : documented.get(0);
        boolean wantsItem = message.contains("<id>")
                || message.contains("{id}")
                || message.contains(":id")
                || lower(message).contains(" id")
                || lower(message).contains(" one ");
        Route named = null;
        for (Route r : documented) {
            if (message.contains(r.path())
                    && (named == null || r.path().length() > named.path().length())) {
                named = r;
            }
            boolean item =
                    r.path().contains("<") || r.path().contains("{") || r.path().contains(":");
            if (named == null && wantsItem && item) {
                chosen = r;
            }
        }
        if (named != null) {
            chosen = named;
        }
        StringBuilder out = new StringBuilder();
        out.append("## Implementing `").append(verb);
        if (chosen != null) {
            out.append(' ').append(SafeQuote.clean(chosen.path(), 80).replace("`", ""));
        }
        out.append("`\n\n");
        if (chosen != null) {
            out.append("The contract, from ")
                    .append(SafeQuote.inline(chosen.file(), 120))
                    .append(": `")
                    .append(verb)
                    .append(' ')
                    .append(SafeQuote.clean(chosen.path(), 80).replace("`", ""))
                    .append("` ")
                    .append(SafeQuote.clean(chosen.detail(), 200).replace("`", "'"))
                    .append("\n\n");
        } else {
            out.append("The files do not document a `").append(verb).append("` route; I go by the handler only.\n\n");
        }
        Optional<Symbol> handler = handlerClass();
        String method = "do_" + verb;
        if (handler.isPresent()) {
            Optional<Symbol> existing = project.methodsOf(handler.get().name()).stream()
                    .filter(m -> m.name().equals(method))
                    .findFirst();
            out.append(
                            existing.isPresent()
                                    ? "It is served by `" + method + "` in "
                                            + SafeQuote.inline(handler.get().name(), 80)
                                            + " ("
                                            + SafeQuote.inline(existing.get().file(), 120) + " line "
                                            + existing.get().line() + "): extend it."
                                    : SafeQuote.inline(handler.get().name(), 80) + " in "
                                            + SafeQuote.inline(handler.get().file(), 120) + " (line "
                                            + handler.get().line()
                                            + ") has no `" + method + "` yet: add it as a method of that class.")
                    .append("\n\n");
            String sketch = PythonSketches.handler(project, handler.get(), verb, chosen);
            if (sketch != null) {
                out.append("A sketch in the style of that file:\n\n")
                        .append(SafeQuote.code(sketch, "python", 5_000))
                        .append("\n\n");
            }
        } else {
            out.append("I found no request handler class in the files (a `BaseHTTPRequestHandler` with `do_*`")
                    .append(" methods), so I cannot point at the place; ask \"Design the API endpoints\" for a full")
                    .append(" sketch.\n\n");
        }
        out.append("Check it with `").append(task.testCommand()).append("`, and add a test that sends the request.");
        return out.toString();
    }

    // --- Tests for a named symbol --------------------------------------------------------------------------------

    String tests(Symbol symbol) {
        StringBuilder out = new StringBuilder();
        out.append("## Tests for ")
                .append(SafeQuote.inline(symbol.qualified(), 80))
                .append(" (")
                .append(SafeQuote.inline(symbol.file(), 120))
                .append(")\n\n");
        List<Symbol> existing = project.tests();
        if (!existing.isEmpty()) {
            out.append("Your tests so far: ")
                    .append(String.join(
                            ", ",
                            existing.stream()
                                    .limit(6)
                                    .map(t -> SafeQuote.inline(t.name(), 60) + " (" + t.file() + ")")
                                    .toList()))
                    .append(". The new ones follow the same style.\n\n");
        }
        String sketch = ProjectFiles.python(symbol.file()) ? PythonSketches.tests(project, symbol) : null;
        if (sketch == null) {
            out.append("Three cases for it: a typical input, the edges (empty, zero, missing) and invalid input that")
                    .append(" must be refused. Call it as the file declares it: `")
                    .append(SafeQuote.clean(symbol.declaration(), 120).replace("`", ""))
                    .append("`.\n\n");
        } else {
            out.append("In `tests/")
                    .append(PythonSketches.testFileName(symbol))
                    .append("`:\n\n")
                    .append(SafeQuote.code(sketch, "python", 6_000))
                    .append("\n\n");
        }
        if (symbol.stub() != null) {
            out.append("`")
                    .append(symbol.qualified())
                    .append("` is still a stub, so these fail until you write it:")
                    .append(" that is the point of writing them first.\n\n");
        }
        out.append("Run them with `").append(task.testCommand()).append("`.");
        return out.toString();
    }

    // --- Where a concept applies ---------------------------------------------------------------------------------

    /** Where the concept applies in these files, or "" when the files give it no place. */
    String conceptHere(Concept concept) {
        Optional<Symbol> handler = handlerClass();
        String where = handler.map(h -> SafeQuote.inline(h.name(), 80) + " in " + SafeQuote.inline(h.file(), 120))
                .orElse(null);
        Optional<Symbol> store = project.symbols().stream()
                .filter(s -> s.kind() == Kind.CLASS && s.name().endsWith("Store"))
                .findFirst();
        StringBuilder out = new StringBuilder();
        switch (concept) {
            case RATE_LIMITING -> {
                if (where != null) {
                    out.append("In this project it belongs in ")
                            .append(where)
                            .append(": check the limit at the top of each `do_*` method, before any work, keyed by")
                            .append(" `self.client_address[0]`. ")
                            .append(
                                    handlerUsesThreads()
                                            ? "The server is a `ThreadingHTTPServer`, so the counter needs a lock.\n\n"
                                            : "\n\n");
                    out.append(SafeQuote.code(PythonSketches.rateLimiter(project, handler.get()), "python", 4_000))
                            .append("\n\n");
                }
            }
            case PAGINATION -> {
                Optional<Symbol> list = store.flatMap(s -> project.methodsOf(s.name()).stream()
                        .filter(m -> m.name().equals("list"))
                        .findFirst());
                if (list.isPresent()) {
                    out.append("Here: give ")
                            .append(SafeQuote.inline(list.get().qualified(), 80))
                            .append(" (")
                            .append(SafeQuote.inline(list.get().file(), 120))
                            .append(" line ")
                            .append(list.get().line())
                            .append(") `limit` and `offset` parameters and add `LIMIT ? OFFSET ?` to its query;");
                    out.append(" in the handler, read them from the query string with")
                            .append(" `urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)`.");
                    exactPathWarning(out);
                    out.append("\n\n");
                }
            }
            case VALIDATION -> {
                Optional<Route> post = project.routes().stream()
                        .filter(r -> r.method().equals("POST"))
                        .findFirst();
                if (post.isPresent()) {
                    out.append("Here the README sets the rules: `POST ")
                            .append(SafeQuote.clean(post.get().path(), 80).replace("`", ""))
                            .append("` ")
                            .append(SafeQuote.clean(post.get().detail(), 200).replace("`", "'"))
                            .append(". Check them in the handler")
                            .append(where != null ? " (" + where + ")" : "")
                            .append(" before calling the store, and answer 400 with `{\"error\": \"...\"}`.\n\n");
                    String sketch = PythonSketches.validation(post.get());
                    if (sketch != null && handler.isPresent()) {
                        out.append(SafeQuote.code(sketch, "python", 3_000)).append("\n\n");
                    }
                }
            }
            case STATUS_CODES -> {
                List<Route> documented = project.routes();
                if (!documented.isEmpty()) {
                    out.append("What the README asks of each route:\n\n");
                    for (Route route : documented.subList(0, Math.min(10, documented.size()))) {
                        out.append("- `")
                                .append(route.method())
                                .append(' ')
                                .append(SafeQuote.clean(route.path(), 80).replace("`", ""))
                                .append("` ")
                                .append(SafeQuote.clean(route.detail(), 160).replace("`", "'"))
                                .append('\n');
                    }
                    out.append('\n');
                }
            }
            case RACE_CONDITIONS -> {
                if (handlerUsesThreads()) {
                    out.append("Here: the server is a `ThreadingHTTPServer`, so two requests run at once in two")
                            .append(" threads")
                            .append(store.map(s -> " and share one " + SafeQuote.inline(s.name(), 60))
                                    .orElse(""))
                            .append(". A read-then-write (read the todo, change it, write it back) can lose an")
                            .append(" update: do it in one SQL statement, or hold a `threading.Lock` around it.\n\n");
                }
            }
            case ASYNC -> {
                if (handlerUsesThreads()) {
                    out.append("This project does not use async: `http.server` answers each request in its own")
                            .append(" thread, so plain functions are right here.\n\n");
                }
            }
            case REST -> {
                if (!project.routes().isEmpty()) {
                    out.append("This project's resource is `")
                            .append(SafeQuote.clean(project.routes().get(0).path(), 80)
                                    .replace("`", ""))
                            .append("`: the README lists ")
                            .append(project.routes().size())
                            .append(" routes on it, one HTTP method each.\n\n");
                }
            }
        }
        return out.toString();
    }

    private void exactPathWarning(StringBuilder out) {
        for (TaskFile file : project.files()) {
            String[] lines = file.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("self.path ==") || lines[i].contains("self.path !=")) {
                    out.append(" Note ")
                            .append(SafeQuote.inline(file.path(), 120))
                            .append(" line ")
                            .append(i + 1)
                            .append(" compares `self.path` whole: with `?limit=` it no longer matches; compare")
                            .append(" `urlsplit(self.path).path`.");
                    return;
                }
            }
        }
    }

    private boolean handlerUsesThreads() {
        return project.files().stream().anyMatch(f -> f.content().contains("ThreadingHTTPServer"));
    }

    // --- Debugging -----------------------------------------------------------------------------------------------

    /** What the files say about a pasted error or a named test: the stub it hit, the test's file and what it calls. */
    String debugNotes(String message) {
        String text = message.substring(0, Math.min(message.length(), 20_000));
        List<String> notes = new ArrayList<>();
        for (Symbol stub : project.stubs()) {
            boolean hit = text.contains("NotImplementedError")
                    && (text.contains(stub.stub())
                            || text.contains("in " + stub.name() + "\n")
                            || text.endsWith("in " + stub.name()));
            if (hit) {
                notes.add(SafeQuote.inline(stub.qualified(), 80) + " (" + SafeQuote.inline(stub.file(), 120)
                        + " line " + stub.line() + ") is still a stub: " + SafeQuote.inline(stub.stub(), 160)
                        + ". The error is expected until you write it; ask \"How do I implement " + stub.qualified()
                        + "?\".");
            }
        }
        for (Symbol test : project.tests()) {
            if (!ProjectFiles.words(text).contains(test.name())) {
                continue;
            }
            List<String> calls = callsIn(test);
            notes.add("Your test " + SafeQuote.inline(test.name(), 80) + " is in " + SafeQuote.inline(test.file(), 120)
                    + " line " + test.line()
                    + (calls.isEmpty() ? "." : "; it calls " + String.join(", ", calls) + "."));
        }
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("**In your files**\n\n");
        notes.stream().limit(6).forEach(n -> out.append("- ").append(n).append('\n'));
        return out.append('\n').toString();
    }

    /** The workspace's functions and methods a test's body calls, with whether they are still stubs. */
    private List<String> callsIn(Symbol test) {
        String[] lines =
                project.file(test.file()).map(TaskFile::content).orElse("").split("\n", -1);
        int indent = ProjectFiles.indent(lines[test.line() - 1]);
        List<String> calls = new ArrayList<>();
        for (int i = test.line(); i < lines.length && i < test.line() + 40; i++) {
            if (!lines[i].isBlank() && ProjectFiles.indent(lines[i]) <= indent) {
                break;
            }
            String line =
                    lines[i].length() > ProjectFiles.MAX_LINE ? lines[i].substring(0, ProjectFiles.MAX_LINE) : lines[i];
            for (Symbol symbol : project.symbols()) {
                boolean called = symbol.kind() != Kind.TEST
                        && (line.contains("." + symbol.name() + "(")
                                || line.contains(symbol.name() + "(") && symbol.kind() != Kind.METHOD);
                String shown =
                        SafeQuote.inline(symbol.qualified(), 80) + (symbol.stub() != null ? " (still a stub)" : "");
                if (called && !calls.contains(shown)) {
                    calls.add(shown);
                }
            }
        }
        return calls.subList(0, Math.min(6, calls.size()));
    }

    // --- What it can do, with this project's names ---------------------------------------------------------------

    /** Example questions that use this project's own names. */
    List<String> examples() {
        List<String> examples = new ArrayList<>();
        examples.add("\"What does this project do?\" or \"Where do I start?\": the files, what is left to write, and"
                + " an order to write it in.");
        List<Symbol> stubs = ordered(project.stubs());
        if (!stubs.isEmpty()) {
            examples.add("\"How do I implement " + stubs.get(0).qualified() + "?\": where it is, what it must do,"
                    + " and a sketch in the file's style.");
            examples.add("\"Write tests for " + stubs.get(0).qualified() + "\": tests that import it from `"
                    + stubs.get(0).file() + "`.");
        }
        if (!missingHandlers().isEmpty()) {
            String verb = missingHandlers().get(0).substring(3);
            examples.add("\"How do I implement " + verb + " "
                    + project.routes().stream()
                            .filter(r -> r.method().equals(verb))
                            .map(Route::path)
                            .findFirst()
                            .orElse("")
                    + "?\": the handler method to add and a sketch.");
        }
        return examples;
    }
}
