package ai.smartsuccess.skillslab.offline;

import ai.smartsuccess.skillslab.offline.OfflineIntent.Ask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline assistant's answers: deterministic (same conversation, same task, same answer), built only from the
 * candidate's messages and the task, with no model and no network, and labelled as such. It reads what is asked from
 * the last message (a plan, an API design, tests, an explanation, a review, a refactoring, a pasted error; several at
 * once), and the context from the whole conversation and the task: the resource and fields of the API being built,
 * the names of functions, the language. Answers use those names, never placeholders.
 */
final class OfflineAnswers {

    static final String LABEL = "*Skills Lab offline assistant: built in and rule-based (no AI model, no network);"
            + " the same question gets the same answer.*\n\n";

    private static final Pattern PY_LOCATION = Pattern.compile("File \"([^\"]+)\", line (\\d+)");
    /** Anchored at the start of a path (the lookbehind), so a long run of word characters is not tried from each. */
    private static final Pattern JS_LOCATION =
            Pattern.compile("(?<![\\w./-])([\\w./-]{1,300}\\.(?:js|mjs|cjs|ts)):(\\d{1,7}):\\d{1,7}\\)?");

    private static final Pattern STATUS_MISMATCH = Pattern.compile("\\b([1-5]\\d\\d) != ([1-5]\\d\\d)\\b");
    private static final Pattern CALL = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]{2,})\\s*\\(([^()]{0,200})\\)");
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(yes|yeah|yep|ok|okay|sure|please|go on|continue|more|next|and|then|thanks|great|do it|go ahead)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of(
            "print",
            "len",
            "range",
            "str",
            "int",
            "dict",
            "list",
            "console",
            "require",
            "function",
            "return",
            "if",
            "for",
            "while",
            "assert",
            "self",
            "super",
            "test",
            "tests",
            "describe",
            "it",
            "expect",
            "isinstance",
            "type",
            "open",
            "main",
            "setup",
            "setUp",
            "then",
            "catch",
            "json",
            "fetch",
            "log");
    private static final Set<String> TITLE_STOPWORDS = Set.of(
            "a",
            "an",
            "the",
            "with",
            "ai",
            "assistance",
            "build",
            "create",
            "implement",
            "debug",
            "fix",
            "migrate",
            "to",
            "for",
            "and",
            "of",
            "design",
            "write",
            "make",
            "in",
            "on",
            "using",
            "from",
            "improve");

    /** Phrases in pasted output that name their cause better than the error type does. */
    private static final Map<String, String> PHRASE_HINTS = phraseHints();

    private static Map<String, String> phraseHints() {
        Map<String, String> hints = new LinkedHashMap<>();
        hints.put(
                "unsupported method",
                "`http.server` answers **501 Unsupported method** when the handler class has no method for that verb:"
                        + " add `do_POST` (or `do_PUT`, `do_DELETE`) to it.");
        hints.put(
                "address already in use",
                "the port is taken (a server from an earlier run is still up): stop it, or start test servers on port"
                        + " 0.");
        hints.put("eaddrinuse", "the port is taken: stop the earlier server, or listen on port 0 in tests.");
        hints.put(
                "econnrefused",
                "nothing listens there: start the server (and wait for `listening`) before calling it.");
        hints.put(
                "no such table",
                "the table does not exist in this database: run `CREATE TABLE IF NOT EXISTS` when the store starts"
                        + " (each `:memory:` connection is a new, empty database).");
        hints.put(
                "cannot read properties of undefined",
                "a value is `undefined` where the code reads a property of it: the object was never set (a missing"
                        + " `await`, a wrong key, an empty body); print it just before that line.");
        hints.put(
                "is not a function",
                "the name holds something that is not a function: check the import/export (a default export versus a"
                        + " named one) and the spelling.");
        hints.put(
                "is not defined",
                "a name is used that is not declared in that scope: a missing `import`/`require`, or a typo.");
        hints.put(
                "cannot use import statement outside a module",
                "the file uses `import` but Node.js reads it as CommonJS: name it `.mjs`, or set `\"type\": \"module\"` in"
                        + " package.json (or use `require`).");
        hints.put(
                "err_module_not_found",
                "an import path does not resolve: ES modules need the file extension (`./store.js`, not `./store`).");
        hints.put(
                "unexpected token",
                "the parser met text it did not expect: in `JSON.parse` the text is not JSON (often an empty body or"
                        + " HTML); in a source file, look at the line shown and the one before it.");
        hints.put(
                "unhandledpromiserejection",
                "a promise failed and nobody awaited or caught it: `await` the call inside `try`/`catch`.");
        hints.put(
                "object of type",
                "`json.dumps` met a value it cannot write (a datetime, a set, a sqlite Row): convert it to a dict of"
                        + " plain values first.");
        return hints;
    }

    private static final Map<String, String> ERROR_HINTS = Map.ofEntries(
            Map.entry(
                    "ModuleNotFoundError",
                    "the import path does not resolve: run from the workspace root, check the package folder has an"
                            + " `__init__.py`, and that the module name matches the file name."),
            Map.entry("ImportError", "a name is imported that the module does not define (or a circular import)."),
            Map.entry("NameError", "a name is used before it is defined, or it is misspelt."),
            Map.entry(
                    "TypeError",
                    "a value of the wrong type reached an operation: print the types of the values on that line; in"
                            + " JavaScript `x is not a function` means the name holds something else."),
            Map.entry("AttributeError", "the object has no such attribute: it is probably None or another type."),
            Map.entry("KeyError", "a dict lookup with a missing key: use `.get()` or check where the key is set."),
            Map.entry("IndexError", "an index past the end of a list: check empty inputs and off-by-one bounds."),
            Map.entry("ValueError", "the type is right but the value is not: validate inputs at the boundary."),
            Map.entry(
                    "AssertionError",
                    "a test expectation failed: compare the expected and actual values it prints, then decide"
                            + " whether the code or the test is wrong."),
            Map.entry("SyntaxError", "the file does not parse: look at the line shown and the one just before it."),
            Map.entry("IndentationError", "mixed or inconsistent indentation: use 4 spaces throughout."),
            Map.entry("ZeroDivisionError", "a division by zero: guard the empty case before dividing."),
            Map.entry("FileNotFoundError", "a relative path resolved from an unexpected working directory."),
            Map.entry("ReferenceError", "a variable is used outside its scope or before its declaration."),
            Map.entry("RecursionError", "a recursion with no reachable base case."),
            Map.entry("TimeoutError", "something waited for an answer that never came: check the awaited call."),
            Map.entry(
                    "NotImplementedError",
                    "a stub is still unimplemented: the last frame of the trace names the method to write."),
            Map.entry(
                    "JSONDecodeError",
                    "the text is not valid JSON (often an empty request body): catch `json.JSONDecodeError` and"
                            + " answer 400."),
            Map.entry(
                    "ConnectionRefusedError",
                    "nothing listens on that port: start the server first, or in a test start it in a thread on"
                            + " port 0 and use the port it got."),
            Map.entry(
                    "OperationalError",
                    "SQLite refused the statement: a missing table (create it when the store starts), a typo in a"
                            + " column, or a locked database; print the SQL."),
            Map.entry(
                    "IntegrityError",
                    "a constraint refused the row (NOT NULL, UNIQUE): validate the input before inserting."),
            Map.entry("UnicodeDecodeError", "bytes were decoded with the wrong encoding: decode as UTF-8."),
            Map.entry("PermissionError", "the file or port is not yours to use: write inside the workspace."),
            Map.entry("SyntaxError: Unexpected token", "JSON.parse got text that is not JSON: check the body."));

    /** Short explanations of concepts that come up in the tasks. */
    private static final Map<String, String> GLOSSARY = Map.ofEntries(
            Map.entry(
                    "rest",
                    "**REST**: resources addressed by URLs, manipulated with HTTP verbs (GET reads, POST creates, PUT"
                            + "/PATCH update, DELETE removes), with status codes that say what happened (200, 201,"
                            + " 400, 404)."),
            Map.entry(
                    "race condition",
                    "**Race condition**: the result depends on the timing of concurrent steps, typically a"
                            + " read-modify-write that another task interleaves with; fix it with a lock, an atomic"
                            + " operation, or by making the step idempotent."),
            Map.entry(
                    "async",
                    "**async/await**: cooperative concurrency; an `await` yields to the event loop, so shared state"
                            + " can change between two awaits."),
            Map.entry(
                    "idempot",
                    "**Idempotency**: doing an operation twice has the same effect as once, which makes retries safe."),
            Map.entry(
                    "jwt",
                    "**JWT**: a signed token carrying claims; verify the signature, expiry (`exp`) and audience"
                            + " before trusting any claim."),
            Map.entry(
                    "sql injection",
                    "**SQL injection**: user input concatenated into SQL; always use parameterised queries."),
            Map.entry(
                    "cach",
                    "**Caching**: keep a computed result to serve it faster; decide what invalidates it and how stale"
                            + " it may be."),
            Map.entry(
                    "rate limit",
                    "**Rate limiting**: cap requests per client per time window (fixed window, sliding window or"
                            + " token bucket) and answer 429 with Retry-After."),
            Map.entry(
                    "websocket", "**WebSocket**: a long-lived two-way connection, for pushing events without polling."),
            Map.entry(
                    "queue",
                    "**Message queue**: producers and consumers decoupled in time; design for at-least-once delivery"
                            + " with idempotent consumers."),
            Map.entry(
                    "embedding",
                    "**Embeddings**: vectors whose distance reflects meaning; semantic search ranks documents by the"
                            + " similarity of their vectors to the query's."),
            Map.entry(
                    "agent",
                    "**Agent**: an LLM loop with a role, tools and a stopping rule; multi-agent systems pass"
                            + " structured messages between specialised agents and need a coordinator to resolve"
                            + " conflicts."),
            Map.entry(
                    "prompt",
                    "**Prompting**: state the goal, the context, the constraints and the output format; iterate on"
                            + " concrete failures rather than rewording blindly."),
            Map.entry(
                    "fastapi",
                    "**FastAPI**: a Python web framework; path operations are functions with type hints, and"
                            + " Pydantic models validate bodies."),
            Map.entry(
                    "express",
                    "**Express**: a Node.js web framework; routes are handlers `(req, res, next)` and middleware"
                            + " runs in order."),
            Map.entry(
                    "hook",
                    "**React hooks**: `useState` holds state, `useEffect` runs side effects after render (clean up"
                            + " in its return), custom hooks share logic."),
            Map.entry(
                    "crud",
                    "**CRUD**: create, read, update, delete; over HTTP usually `POST /items`, `GET /items` and"
                            + " `GET /items/{id}`, `PUT /items/{id}`, `DELETE /items/{id}`."),
            Map.entry(
                    "status code",
                    "**HTTP status codes**: 2xx success (200 OK, 201 Created, 204 No Content), 4xx the client's"
                            + " mistake (400 invalid input, 404 not found, 405 wrong method), 5xx the server's fault."),
            Map.entry(
                    "http.server",
                    "**http.server**: Python's built-in HTTP server; subclass `BaseHTTPRequestHandler`, write one"
                            + " `do_GET`/`do_POST`/... method per HTTP method, and run it with `ThreadingHTTPServer`."),
            Map.entry(
                    "sqlite",
                    "**SQLite** (`sqlite3`): a database in one file (or `:memory:`), in the standard library; use"
                            + " `?` placeholders and commit after writes."),
            Map.entry(
                    "validat",
                    "**Validation**: check every input at the boundary (type, presence, length, range) and refuse it"
                            + " with a clear 400 before any work is done."),
            Map.entry(
                    "unittest",
                    "**unittest**: Python's test framework; a `TestCase` class with `test_*` methods and `assert*`"
                            + " checks, run with `python3 -m unittest`."),
            Map.entry(
                    "mutex",
                    "**Mutex / lock**: only one holder at a time runs the critical section; keep it short and never"
                            + " await something slow while holding it."));

    private final TaskContext task;

    OfflineAnswers(TaskContext task) {
        this.task = task;
    }

    String answer(String message) {
        return answer(Conversation.of(message));
    }

    String answer(Conversation conversation) {
        String message = conversation.last();
        Ask ask = OfflineIntent.detect(message);
        String continuing = null;
        if (ask.helpOnly() && !ask.wantsCode() && isFollowUp(message)) {
            for (String earlier : conversation.earlierNewestFirst()) {
                Ask previous = OfflineIntent.detect(earlier);
                if (!previous.helpOnly()) {
                    ask = previous;
                    continuing = earlier;
                    break;
                }
            }
        }
        String asked = continuing != null ? continuing : message;
        ProjectFiles project = ProjectFiles.of(task);
        WorkspaceAnswers workspace = new WorkspaceAnswers(task, project);
        ApiModel api = ApiModel.of(conversation, task);
        boolean apiContext = api.fromConversation()
                || conversation.userMessages().stream().anyMatch(OfflineIntent::mentionsApi)
                || OfflineIntent.mentionsApi(task.text());
        StringBuilder out = new StringBuilder(LABEL);
        if (continuing != null) {
            out.append("Continuing from your earlier question.\n\n");
        }
        String fromFiles;
        if (ask.has(OfflineIntent.DEBUG)) {
            out.append(debugging(asked, workspace));
        } else if (ask.has(OfflineIntent.REFACTOR)) {
            out.append(refactoring(asked));
        } else if (ask.has(OfflineIntent.REVIEW)) {
            out.append(review(asked));
        } else if (Concept.in(asked).stream().anyMatch(STRONG_CONCEPTS::contains)) {
            // "How do I add rate limiting?" is about the concept, whatever API words it also has.
            out.append(explanation(asked, api, apiContext, workspace, project));
        } else if ((fromFiles = fromFiles(ask, asked, workspace, project)) != null) {
            out.append(fromFiles);
        } else if (ask.helpOnly() && !(ask.wantsCode() && apiContext)) {
            out.append(outOfScope(asked, api, apiContext, workspace, project));
        } else {
            out.append(composed(ask, asked, api, apiContext, moduleOf(conversation), workspace, project));
        }
        return out.toString().strip();
    }

    /** Concepts that a question is about even when it also names endpoints or asks how to build something. */
    private static final Set<Concept> STRONG_CONCEPTS =
            Set.of(Concept.RATE_LIMITING, Concept.PAGINATION, Concept.RACE_CONDITIONS, Concept.ASYNC);

    /**
     * An answer from the workspace's files: tests for a function they declare, an overview ("where do I start?"), how
     * to implement a named function or an HTTP method; null when the question is none of these or the files are absent.
     */
    private static String fromFiles(Ask ask, String asked, WorkspaceAnswers workspace, ProjectFiles project) {
        if (project.isEmpty()) {
            return null;
        }
        List<ProjectFiles.Symbol> named = workspace.named(asked);
        java.util.Optional<String> verb = WorkspaceAnswers.verbIn(asked);
        if (ask.has(OfflineIntent.TESTS) && !named.isEmpty()) {
            return workspace.tests(named.get(0));
        }
        if (named.isEmpty() && WorkspaceAnswers.asksOverview(asked)) {
            return workspace.overview(asked);
        }
        if (ask.has(OfflineIntent.TESTS)) {
            return null;
        }
        if (!named.isEmpty()
                && (WorkspaceAnswers.asksImplement(asked) || ask.has(OfflineIntent.EXPLAIN) || ask.helpOnly())) {
            ProjectFiles.Symbol symbol = named.get(0);
            if (symbol.name().startsWith("do_") && workspace.handlerClass().isPresent()) {
                return workspace.route(symbol.name().substring(3), asked);
            }
            if (symbol.kind() == ProjectFiles.Kind.CLASS) {
                return workspace.overview(asked);
            }
            return workspace.implement(symbol);
        }
        if (verb.isPresent()
                && WorkspaceAnswers.asksImplement(asked)
                && workspace.handlerClass().isPresent()) {
            return workspace.route(verb.get(), asked);
        }
        return null;
    }

    /** A short reply ("yes", "go on", "more please") continues the last real question. */
    private static boolean isFollowUp(String message) {
        String text = message.strip();
        return FOLLOW_UP.matcher(text).matches() || text.split("\\s+").length <= 3;
    }

    /** Plan, API design, tests and explanation, in that order, for whichever of them were asked. */
    private String composed(
            Ask ask,
            String message,
            ApiModel api,
            boolean apiContext,
            String module,
            WorkspaceAnswers workspace,
            ProjectFiles project) {
        StringBuilder out = new StringBuilder();
        boolean onlyCode = ask.helpOnly();
        if (ask.has(OfflineIntent.PLAN)) {
            out.append(plan(message, api, apiContext && (ask.has(OfflineIntent.API_DESIGN) || codeTask())));
            out.append(planInFiles(project));
        }
        if (ask.has(OfflineIntent.API_DESIGN) || (ask.wantsCode() && apiContext && !ask.has(OfflineIntent.TESTS))) {
            out.append(suggestedNames(project));
            out.append(apiDesign(api, ask.has(OfflineIntent.API_DESIGN) || onlyCode, ask.wantsCode() || onlyCode));
        }
        if (ask.has(OfflineIntent.TESTS)) {
            boolean withCode = ask.wantsCode() || !(ask.has(OfflineIntent.PLAN) || ask.has(OfflineIntent.API_DESIGN));
            out.append(tests(message, api, apiContext, withCode, module));
        }
        if (ask.has(OfflineIntent.EXPLAIN)) {
            out.append(explanation(message, api, apiContext, workspace, project));
        }
        return out.toString();
    }

    private boolean codeTask() {
        return task.taskType() == null || "code_generation".equals(task.taskType());
    }

    // --- API design ----------------------------------------------------------------------------------------------

    private String apiDesign(ApiModel api, boolean full, boolean withCode) {
        StringBuilder out = new StringBuilder();
        out.append("## Endpoints for `").append(api.collectionPath()).append("`\n\n");
        out.append(ApiSketches.endpointTable(api)).append('\n');
        if (full) {
            out.append("### Validation\n\n")
                    .append(ApiSketches.validationRules(api))
                    .append('\n');
            out.append("### Status codes\n\n").append(ApiSketches.statusCodes()).append('\n');
        }
        if (withCode) {
            out.append("### Code sketch (")
                    .append(task.node() ? "Node.js, `node:http`" : "Python, `http.server`")
                    .append(")\n\n");
            if (api.framework() != null) {
                // Only ever a word from the candidate's own messages (ApiModel reads it from nowhere else).
                out.append("You mentioned ")
                        .append(api.framework())
                        .append(": the workspace has no network, so"
                                + " packages cannot be installed. This sketch uses only the standard library; the same"
                                + " endpoints and rules apply in any framework.\n\n");
            }
            if (task.node()) {
                out.append(ApiSketches.nodeServer(api)).append('\n');
            } else {
                out.append(ApiSketches.pythonServer(api)).append('\n');
                out.append("The store behind it, with `sqlite3`:\n\n")
                        .append(ApiSketches.pythonStore(api))
                        .append('\n');
            }
        }
        return out.toString();
    }

    // --- Plan ----------------------------------------------------------------------------------------------------

    private String plan(String message, ApiModel api, boolean apiPlan) {
        int total = Math.max(30, task.timeLimitMinutes());
        StringBuilder out = new StringBuilder();
        out.append("## A plan for \"")
                .append(SafeQuote.clean(task.title(), 120))
                .append("\"\n\n");
        out.append("You asked:\n\n").append(SafeQuote.block(message, 300)).append("\n\n");
        out.append("Time budget: ").append(total).append(" minutes in all.\n\n");
        List<String[]> phases = apiPlan ? apiPhases(api) : phases();
        int[] shares = apiPlan ? new int[] {10, 20, 25, 15, 30} : new int[] {10, 15, 45, 20, 10};
        for (int i = 0; i < phases.size(); i++) {
            String[] phase = phases.get(i);
            int minutes = Math.max(3, total * shares[i] / 100);
            out.append(i + 1)
                    .append(". **")
                    .append(phase[0])
                    .append("** (~")
                    .append(minutes)
                    .append(" min): ")
                    .append(phase[1])
                    .append('\n');
        }
        out.append("\n**Milestones**: a first passing test by the end of step 3's first slice; all visible tests")
                .append(" green before step 5; keep the last ")
                .append(Math.max(5, total / 12))
                .append(" minutes for review and submission.\n\n");
        out.append("Check progress with `").append(task.testCommand()).append("` after every slice.\n\n");
        return out.toString();
    }

    private List<String[]> apiPhases(ApiModel api) {
        String path = api.collectionPath();
        String storage = task.node()
                ? "a `Map` keyed by id in `server.js` (or a JSON file): create, get, list, update, delete"
                : "`" + api.storeClass() + "` in `" + api.packageName() + "/store.py`: create, get, list, update,"
                        + " delete with `sqlite3` and `?` parameters";
        String routes = task.node()
                ? "`GET`/`POST " + path + "` and `GET`/`PUT`/`DELETE " + path + "/{id}` in `server.js` with"
                        + " `node:http`"
                : "`GET`/`POST " + path + "` and `GET`/`PUT`/`DELETE " + path + "/{id}` in `" + api.packageName()
                        + "/server.py` (`http.server`: one `do_*` method per verb)";
        return List.of(
                new String[] {
                    "Understand",
                    "write down the endpoints, fields and rules (the table below) and the error format"
                            + " `{\"error\": \"...\"}`"
                },
                new String[] {"Storage", storage},
                new String[] {"Routes", routes},
                new String[] {
                    "Validation and errors",
                    "400 for a bad body, 404 for an unknown id, checked before the store is" + " touched"
                },
                new String[] {
                    "Tests and polish",
                    "one test per row of the table over real HTTP (a server on port 0), then the"
                            + " README: how to run it and the endpoints"
                });
    }

    private List<String[]> phases() {
        String kind = task.taskType() == null ? "" : task.taskType();
        return switch (kind) {
            case "bug_fix" ->
                List.of(
                        new String[] {"Reproduce", "run the failing scenario and write down the exact symptom"},
                        new String[] {
                            "Isolate", "narrow it to one function with prints or a debugger; form a hypothesis"
                        },
                        new String[] {
                            "Fix", "change the smallest thing that makes the symptom go away, one cause at a time"
                        },
                        new String[] {"Regression tests", "add a test that failed before the fix and passes after it"},
                        new String[] {"Document", "explain the root cause and the fix in the README or notes"});
            case "system_design" ->
                List.of(
                        new String[] {"Requirements", "list functional needs, expected load and the hard constraints"},
                        new String[] {"Architecture", "sketch components, data flow and storage; name the trade-offs"},
                        new String[] {"Prototype", "build the core path end to end before any optional feature"},
                        new String[] {"Verify", "test the core path and the failure cases (timeouts, empty input)"},
                        new String[] {"Write up", "a design document: decisions, alternatives, scaling plan"});
            case "refactoring" ->
                List.of(
                        new String[] {"Map the code", "read the existing code and list its behaviours"},
                        new String[] {"Safety net", "write or run tests that pin the current behaviour"},
                        new String[] {"Refactor in steps", "move one module at a time, keeping tests green"},
                        new String[] {"Verify", "run the whole suite and compare edge cases with the original"},
                        new String[] {"Notes", "write migration notes: what changed and why"});
            default ->
                List.of(
                        new String[] {"Understand", "restate the requirements and the deliverables; note open questions"
                        },
                        new String[] {"Design", "choose the structure (modules, data model, interfaces) before coding"},
                        new String[] {
                            "Implement in slices", "build one requirement at a time, smallest useful slice first"
                        },
                        new String[] {"Test", "cover the happy path, invalid input and edge cases"},
                        new String[] {"Polish", "error handling, naming, README; then submit"});
        };
    }

    // --- Tests ---------------------------------------------------------------------------------------------------

    private String tests(String message, ApiModel api, boolean apiContext, boolean withCode, String module) {
        List<Call> calls = calls(message);
        if (!calls.isEmpty()) {
            return unitTests(calls, module);
        }
        if (apiContext) {
            StringBuilder out = new StringBuilder();
            out.append("## Tests for the ").append(api.plural()).append(" API\n\n");
            out.append("One test per behaviour a client relies on:\n\n").append(ApiSketches.testChecklist(api));
            out.append('\n');
            if (withCode) {
                out.append(task.node() ? ApiSketches.nodeTests(api) : ApiSketches.pythonTests(api))
                        .append('\n');
            }
            out.append("Run them with `").append(task.testCommand()).append("`.\n\n");
            return out.toString();
        }
        return behaviourTests(subjectOf(message));
    }

    /** A function named in the message, with its parameters when it was written as a call. */
    record Call(String name, List<String> params) {}

    static List<Call> calls(String message) {
        Map<String, Call> found = new LinkedHashMap<>();
        Matcher matcher = CALL.matcher(message);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (NOT_NAMES.contains(name)
                    || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                    || found.containsKey(name)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (String param : matcher.group(2).split(",")) {
                String clean = param.strip().replaceAll("[:=].*$", "").replaceAll("[^A-Za-z0-9_]", "");
                if (!clean.isEmpty() && !clean.equals("self")) {
                    params.add(clean);
                }
            }
            found.put(name, new Call(name, params));
        }
        return new ArrayList<>(found.values());
    }

    /** The module the candidate named (a {@code .py}/{@code .js} path or an import), for the tests' import line. */
    private String moduleOf(Conversation conversation) {
        Pattern file = task.node()
                ? Pattern.compile("(?<![\\w/.])((?:[\\w-]+/)*[\\w-]+)\\.(?:m?js|cjs)\\b")
                : Pattern.compile("(?<![\\w/.])((?:\\w+/)*\\w+)\\.py\\b|\\bfrom\\s+([\\w.]+)\\s+import\\b");
        for (String message : conversation.newestFirst()) {
            Matcher m = file.matcher(message);
            while (m.find()) {
                String found = m.group(1) != null ? m.group(1) : m.group(2);
                if (found != null && !found.startsWith("test") && !found.contains("/test")) {
                    return task.node() ? "../" + found + ".js" : found.replace('/', '.');
                }
            }
        }
        return null;
    }

    private String unitTests(List<Call> calls, String module) {
        Call first = calls.get(0);
        StringBuilder out = new StringBuilder();
        out.append("## Tests for ").append(SafeQuote.inline(first.name(), 60)).append("\n\n");
        out.append("For each function, three kinds of case: a typical input, the edges (empty, zero, very large,")
                .append(" duplicates) and invalid input that must be refused.\n\n");
        List<Call> shown = calls.subList(0, Math.min(3, calls.size()));
        String names =
                String.join(", ", shown.stream().map(c -> safeName(c.name())).toList());
        StringBuilder cases = new StringBuilder();
        for (Call call : shown) {
            String fn = safeName(call.name());
            cases.append(Template.fill(
                    task.node() ? "javascript/unit-test-cases.js" : "python/unit-test-cases.py",
                    Map.of(
                            "fn", fn,
                            "testClass", ApiModel.camel(fn),
                            "typical", args(call, "typical", task.node()),
                            "empty", args(call, "empty", task.node()),
                            "invalid", args(call, "invalid", task.node()))));
        }
        if (task.node()) {
            out.append(Template.fill(
                    "javascript/unit-tests.js",
                    Map.of(
                            "file",
                            safeName(first.name()),
                            "fromComment",
                            module == null ? "// From the module that exports them:\n" : "",
                            "names",
                            names,
                            "module",
                            module == null ? "../src/index.js" : module,
                            "cases",
                            cases.toString())));
        } else {
            out.append(Template.fill(
                    "python/unit-tests.py",
                    Map.of(
                            "file",
                            safeName(first.name()).toLowerCase(Locale.ROOT),
                            "fromComment",
                            module == null ? "# From the module that defines them:\n" : "",
                            "names",
                            names,
                            "module",
                            module == null ? "app" : module,
                            "cases",
                            cases.toString())));
        }
        out.append('\n');
        out.append("Run them with `")
                .append(task.testCommand())
                .append("`. Write one failing test first, make it")
                .append(" pass, then add the next.");
        if (calls.size() > shown.size()) {
            out.append("\n\nAlso worth a test each: ")
                    .append(String.join(
                            ", ",
                            calls.subList(shown.size(), Math.min(calls.size(), 8)).stream()
                                    .map(c -> SafeQuote.inline(c.name(), 40))
                                    .toList()))
                    .append('.');
        }
        return out.append("\n\n").toString();
    }

    /** Arguments for a call: one sample per parameter, by its name. */
    private static String args(Call call, String kind, boolean node) {
        List<String> params = call.params().isEmpty() ? List.of("value") : call.params();
        List<String> values = new ArrayList<>();
        for (String param : params) {
            values.add(argument(param.toLowerCase(Locale.ROOT), kind, node));
        }
        return String.join(", ", values);
    }

    private static String argument(String param, String kind, boolean node) {
        String none = node ? "null" : "None";
        if (kind.equals("invalid")) {
            return none;
        }
        boolean empty = kind.equals("empty");
        if (param.equals("id") || param.endsWith("_id") || param.endsWith("id") && param.length() > 2) {
            return empty ? "0" : "1";
        }
        if (param.matches("(count|n|quantity|amount|size|limit|age|year|number|total|index|i)")) {
            return empty ? "0" : "3";
        }
        if (param.matches("(price|cost|rate|ratio|score)")) {
            return empty ? "0" : "9.5";
        }
        if (param.matches("(done|flag|enabled|active|completed)|is_.*|has_.*")) {
            return node ? (empty ? "false" : "true") : (empty ? "False" : "True");
        }
        if (param.matches(".*(items|list|values|todos|rows|records|elements|numbers|array|data)")) {
            return empty ? "[]" : "[1, 2, 3]";
        }
        if (param.contains("email")) {
            return empty ? "\"\"" : "\"ada@example.com\"";
        }
        if (param.matches("(title|text|description|body|content|query|message|s|string|word)")) {
            return empty ? "\"\"" : "\"write tests\"";
        }
        if (param.matches("(name|label|username|author)")) {
            return empty ? "\"\"" : "\"Ada\"";
        }
        return empty ? "\"\"" : "\"sample " + param + "\"";
    }

    /** Test names for the task's kind of work, with bodies that fail until written (test first). */
    private String behaviourTests(String subject) {
        List<String> behaviours = switch (task.taskType() == null ? "" : task.taskType()) {
            case "bug_fix" ->
                List.of(
                        "the reported bug no longer happens (write it first: it must fail before the fix)",
                        "the behaviour next to the bug is unchanged",
                        "the edge case that triggered the bug (empty, zero, concurrent calls)");
            case "refactoring" ->
                List.of(
                        "typical input gives the same result as before",
                        "edge cases give the same result as before",
                        "the public interface is unchanged");
            case "system_design" ->
                List.of(
                        "the core path works end to end",
                        "a failing dependency (timeout, error) is handled",
                        "limits are enforced (size, rate, count)");
            default ->
                List.of(
                        "the normal case gives the expected result",
                        "an empty input is handled",
                        "invalid input is refused with a clear error");
        };
        StringBuilder out = new StringBuilder();
        out.append("## Tests for ").append(SafeQuote.inline(subject, 60)).append("\n\n");
        out.append("Name the function you want tested, written as a call (for example `")
                .append(subject)
                .append("(value)`), and I will fill the calls in. Meanwhile, the behaviours that need a test for a ")
                .append(task.taskType() == null ? "task" : task.taskType().replace('_', ' ') + " task")
                .append(":\n\n");
        for (String behaviour : behaviours) {
            out.append("- ").append(behaviour).append('\n');
        }
        out.append('\n');
        StringBuilder cases = new StringBuilder();
        for (String behaviour : behaviours) {
            cases.append(Template.fill(
                    task.node() ? "javascript/behaviour-test.js" : "python/behaviour-test.py",
                    Map.of(
                            "subject", subject,
                            "behaviour", behaviour.replaceAll(" \\(.*\\)", ""),
                            "method", methodName(behaviour))));
        }
        out.append(Template.fill(
                task.node() ? "javascript/behaviour-tests.js" : "python/behaviour-tests.py",
                Map.of("subject", subject, "testClass", ApiModel.camel(subject), "cases", cases.toString())));
        out.append('\n');
        out.append("Run them with `").append(task.testCommand()).append("`.\n\n");
        return out.toString();
    }

    private static String methodName(String behaviour) {
        String words =
                behaviour.replaceAll("\\(.*\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return words.replaceAll("^_+|_+$", "");
    }

    /** What the tests are about: a word the message names ("tests for the parser"), else the task's title. */
    private String subjectOf(String message) {
        Matcher words = Pattern.compile("\\b(?:for|of|cover|testing)\\s+(?:the\\s+|my\\s+)?([a-z][a-z0-9_]{2,})\\b")
                .matcher(message.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group(1);
            if (!Set.of("this", "that", "tests", "test", "all", "unit", "it", "them", "task", "code", "everything")
                    .contains(word)) {
                return word;
            }
        }
        List<String> kept = new ArrayList<>();
        for (String word : (task.title() == null ? "" : task.title())
                .toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !TITLE_STOPWORDS.contains(word) && kept.size() < 3) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? "solution" : String.join("_", kept);
    }

    private static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "");
    }

    // --- Debugging -----------------------------------------------------------------------------------------------

    private String debugging(String message, WorkspaceAnswers workspace) {
        StringBuilder out = new StringBuilder("## Debugging checklist\n\n");
        String errorLine = lastErrorLine(message);
        String errorType = errorType(errorLine);
        if (errorLine != null) {
            out.append("The error to explain:\n\n")
                    .append(SafeQuote.block(errorLine, 300))
                    .append("\n\n");
        }
        if (errorType != null && ERROR_HINTS.containsKey(errorType)) {
            out.append("**")
                    .append(errorType)
                    .append("** usually means ")
                    .append(ERROR_HINTS.get(errorType))
                    .append("\n\n");
        }
        String lower = message.toLowerCase(Locale.ROOT);
        PHRASE_HINTS.forEach((phrase, hint) -> {
            if (lower.contains(phrase)) {
                out.append("- ").append(hint).append('\n');
            }
        });
        Matcher mismatch = STATUS_MISMATCH.matcher(message);
        if (mismatch.find()) {
            out.append("- The server answered **")
                    .append(mismatch.group(1))
                    .append("** where the test expected **")
                    .append(mismatch.group(2))
                    .append("**: ")
                    .append(statusHint(mismatch.group(1)))
                    .append('\n');
        }
        if (out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
        out.append(workspace.debugNotes(message));
        String location = location(message);
        if (location != null) {
            out.append("Start at ").append(location).append(": that is the deepest frame of your own code.\n\n");
        }
        if (errorLine == null) {
            out.append("Paste the full error or the failing test's output and I can point at the cause.\n\n");
        }
        out.append("1. Reproduce it with one command: `")
                .append(task.testCommand())
                .append("`.\n");
        out.append(
                "2. Read the trace from the bottom up; the last line is the cause, the frames above are the path.\n");
        out.append("3. Print (or inspect in a debugger) the values on the failing line, and check their types.\n");
        out.append("4. Write a small test that triggers the error, so the fix is proven.\n");
        out.append("5. Fix one cause at a time and re-run the whole suite, not only the failing test.");
        return out.toString();
    }

    private static String statusHint(String status) {
        return switch (status) {
            case "404" ->
                "no route matched (check the path pattern and the `do_*` method) or the id does not exist"
                        + " (was it created in the same store?).";
            case "400" ->
                "validation refused the body: print the `error` it returned and compare with what the test" + " sends.";
            case "405", "501" -> "the server has no handler for that method: add it.";
            case "500" -> "the handler raised: the server's own output has the traceback.";
            case "200" -> "the request worked but the code chose the wrong status (creation is 201, deletion 204).";
            default -> "compare the status your code sends on that path with the one the test expects.";
        };
    }

    // --- Review and refactoring ----------------------------------------------------------------------------------

    private String review(String message) {
        String code = codeOf(message);
        List<String> findings = ReviewNotes.findings(code);
        StringBuilder out = new StringBuilder("## Code review\n\n");
        out.append("Reviewed ").append(code.split("\n", -1).length).append(" lines.\n\n");
        if (findings.isEmpty()) {
            out.append("Nothing stands out in what you pasted. Still check:\n\n");
        } else {
            out.append("**Findings**\n\n");
            for (String finding : findings) {
                out.append("- ").append(finding).append('\n');
            }
            out.append("\n**Also check**\n\n");
        }
        out.append("- Names say what things are; functions do one thing.\n");
        out.append("- Invalid input is refused with a clear error at the boundary.\n");
        out.append("- Each behaviour has a test; run `")
                .append(task.testCommand())
                .append("`.\n");
        out.append("- No secret, debug output or dead code is left in.");
        return out.toString();
    }

    private String refactoring(String message) {
        String code = codeOf(message);
        boolean hasCode = OfflineIntent.CODE.matcher(message).find();
        StringBuilder out = new StringBuilder("## Refactoring plan\n\n");
        if (!hasCode) {
            out.append("Paste the code in a ``` block for suggestions about it. The safe way to refactor:\n\n");
            out.append("1. **Pin the behaviour**: run `")
                    .append(task.testCommand())
                    .append("` and add a test for every behaviour you are about to move.\n");
            out.append("2. **One move at a time**: extract a function, rename, or move a module; re-run the tests")
                    .append(" after each.\n");
            out.append("3. **Separate the layers**: parsing and validation, the rules, storage, output.\n");
            out.append("4. **Remove duplication** once the tests are green, not before.\n");
            out.append("5. **Write down** what changed and why (README or notes).");
            return out.toString();
        }
        List<String> lines = List.of(code.split("\n", -1));
        out.append("Read ").append(lines.size()).append(" lines.\n\n");
        List<String> moves = RefactorMoves.suggest(code);
        if (!moves.isEmpty()) {
            out.append("**Moves for this code**\n\n");
            for (String move : moves) {
                out.append("- ").append(move).append('\n');
            }
            out.append('\n');
        }
        List<String> findings = ReviewNotes.findings(code);
        if (!findings.isEmpty()) {
            out.append("**Fix along the way**\n\n");
            for (String finding : findings) {
                out.append("- ").append(finding).append('\n');
            }
            out.append('\n');
        }
        out.append("**In this order**\n\n");
        out.append("1. Run `")
                .append(task.testCommand())
                .append("` and make sure it is green; add tests for what is")
                .append(" not covered yet.\n");
        out.append(
                "2. Make one move, re-run the tests, repeat. Never change behaviour and structure in the same step.\n");
        out.append("3. Keep the public names (functions, routes, files) that callers and tests use.");
        return out.toString();
    }

    // --- Explanation and help ------------------------------------------------------------------------------------

    private String explanation(
            String message, ApiModel api, boolean apiContext, WorkspaceAnswers workspace, ProjectFiles project) {
        String lower = message.substring(0, Math.min(message.length(), 4_000)).toLowerCase(Locale.ROOT);
        List<Concept> concepts = Concept.in(message);
        List<String> entries = new ArrayList<>();
        GLOSSARY.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(entry -> Concept.mentions(lower, entry.getKey()))
                .filter(entry ->
                        concepts.stream().noneMatch(c -> c.glossaryKey().equals(entry.getKey())))
                .forEach(entry -> entries.add(entry.getValue()));
        if (entries.isEmpty() && concepts.isEmpty()) {
            return outOfScope(message, api, apiContext, workspace, project);
        }
        StringBuilder out = new StringBuilder("## Explanation\n\n");
        out.append("Your question:\n\n").append(SafeQuote.block(message, 300)).append("\n\n");
        for (String entry : entries) {
            out.append("- ").append(entry).append('\n');
        }
        if (!entries.isEmpty()) {
            out.append('\n');
        }
        for (Concept concept : concepts) {
            out.append(conceptText(concept)).append("\n\n");
            String here = project.isEmpty() ? "" : workspace.conceptHere(concept);
            out.append(here.isEmpty() ? conceptTest(concept) : here);
        }
        return out.toString();
    }

    private static String conceptText(Concept concept) {
        return switch (concept) {
            case STATUS_CODES ->
                "**HTTP status codes** say what happened to the request:\n\n"
                        + "| Code | Meaning | Typical use |\n|---|---|---|\n"
                        + "| 200 OK | success, with a body | GET; PUT/PATCH answered with the resource |\n"
                        + "| 201 Created | a new resource was made; send it back | POST |\n"
                        + "| 204 No Content | success, no body | DELETE |\n"
                        + "| 400 Bad Request | the input is wrong (invalid JSON, a missing field) | validation |\n"
                        + "| 404 Not Found | no such resource or route | an unknown id |\n"
                        + "| 405 Method Not Allowed | the route exists, not with this method | |\n"
                        + "| 409 Conflict | the request clashes with the current state | a duplicate |\n"
                        + "| 429 Too Many Requests | rate limited; send `Retry-After` | |\n"
                        + "| 500 Internal Server Error | the server's own bug; never the answer to bad input | |";
            case PAGINATION ->
                "**Pagination** returns a long list in pages, so that neither side loads everything. Offset style:"
                        + " `GET /items?limit=20&offset=40` (simple; rows shift when others are inserted). Cursor"
                        + " style: `?limit=20&after=<last id>` (stable; needs an ordered, unique key). Validate"
                        + " `limit` (say 1 to 100, default 20) and `offset` (0 or more) and answer 400 otherwise;"
                        + " always `ORDER BY` a unique key (`... ORDER BY id LIMIT ? OFFSET ?`); tell the client"
                        + " whether there is more (a next link or cursor, or the total).";
            case VALIDATION ->
                "**Validation** checks every input at the boundary, before any work: the body is JSON and an object,"
                        + " each field has the right type (a boolean is `true`/`false`, not `\"yes\"`), required"
                        + " fields are present and not blank, lengths and ranges are within limits. Answer 400 with a"
                        + " message naming the field (`{\"error\": \"title is required\"}`); a bad value must never"
                        + " reach the database (a 500 there is a validation bug). On an update, check only the fields"
                        + " sent, with the same rules.";
            case RATE_LIMITING ->
                "**Rate limiting** caps how many requests a client may make in a time window, so that one client"
                        + " cannot exhaust the server. A *fixed window* counts per minute (simple; allows bursts at"
                        + " the window's edges), a *sliding window* is smoother, a *token bucket* allows a steady rate"
                        + " with bounded bursts. Key it by client (API key, user or IP address) and, over the limit,"
                        + " answer **429 Too Many Requests** with a `Retry-After` header, before doing any work. In one"
                        + " process a dict guarded by a lock is enough; several processes need a shared counter"
                        + " (Redis `INCR` with `EXPIRE`).";
            case RACE_CONDITIONS ->
                "**Race conditions**: the result depends on the timing of concurrent steps. The classic is"
                        + " read-modify-write: two requests read a counter (5), both add one, both write 6. Fixes: one"
                        + " atomic step (`UPDATE t SET n = n + 1`, a transaction), a lock around the critical section"
                        + " (`threading.Lock`), or an idempotent operation so that a repeat is harmless. Node.js has"
                        + " one thread, but every `await` lets another request run in between.";
            case ASYNC ->
                "**async/await**: an `async` function returns at once with a promise (JavaScript) or a coroutine"
                        + " (Python); `await` pauses it until the result is there while the event loop runs other"
                        + " work. Pitfalls: a forgotten `await` (you get a Promise or coroutine instead of the value,"
                        + " and its errors go unnoticed), a blocking call inside async code (`time.sleep`, a"
                        + " synchronous read) that stalls every request, and shared state that changes between two"
                        + " awaits. In tests, `await` inside an `async` test (`node:test`), or use"
                        + " `unittest.IsolatedAsyncioTestCase` in Python.";
            case REST ->
                "**REST**: the API is a set of resources addressed by URLs (`/todos`, `/todos/1`) and acted on with"
                        + " HTTP methods: GET reads (no change), POST creates (201 with the new resource), PUT replaces"
                        + " and PATCH changes part of it (200), DELETE removes (204). Bodies are JSON, status codes say"
                        + " what happened, and each request carries all it needs (no session on the server).";
        };
    }

    /** A test that shows the concept's behaviour, when the files give no better place to point at. */
    private String conceptTest(Concept concept) {
        String test = switch (concept) {
            case RATE_LIMITING -> "send the limit plus one requests: the last one gets 429 with `Retry-After`.";
            case PAGINATION -> "create 25 rows, ask for `limit=10&offset=20`: 5 come back, in order.";
            case VALIDATION -> "one test per rule: each invalid body gets 400 and names the field; nothing is stored.";
            case STATUS_CODES -> "assert the status of every response, not only its body.";
            case RACE_CONDITIONS ->
                "run the operation from many threads or promises at once and check the final state.";
            case ASYNC -> "await the call and assert on its result; a test that forgets to await passes by accident.";
            case REST -> "one test per route and status code, over real HTTP.";
        };
        return "A test that shows it: " + test + " Run with `" + task.testCommand() + "`.\n\n";
    }

    /**
     * Before a generic API design: which of its names the workspace really has, so that a suggested file or class is
     * never taken for one of the candidate's.
     */
    private static String suggestedNames(ProjectFiles project) {
        if (project.isEmpty()) {
            return "";
        }
        List<String> code = project.files().stream()
                .map(TaskFile::path)
                .filter(p -> ProjectFiles.python(p) || ProjectFiles.javascript(p))
                .limit(10)
                .map(p -> "`" + SafeQuote.clean(p, 120).replace("`", "") + "`")
                .toList();
        if (code.isEmpty()) {
            return "";
        }
        return "Your workspace's code files: " + String.join(", ", code) + ". Where the sketch below names a file or"
                + " class that is not among them, it is a suggestion: fit the code into your own files.\n\n";
    }

    /** The stubs a plan's implementation step covers, when the files are there. */
    private static String planInFiles(ProjectFiles project) {
        List<ProjectFiles.Symbol> stubs = project.stubs();
        if (stubs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("**In your files**, the stubs to write: ");
        out.append(String.join(
                ", ",
                stubs.stream()
                        .limit(8)
                        .map(s -> SafeQuote.inline(s.qualified(), 60) + " (" + s.file() + ")")
                        .toList()));
        return out.append(". Ask \"Where do I start?\" for an order.\n\n").toString();
    }

    private static boolean greeting(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        return text.split("\\s+").length <= 4
                && List.of("hi", "hello", "hey", "good morning", "good afternoon", "thanks", "thank you").stream()
                        .anyMatch(text::startsWith);
    }

    /**
     * The honest answer to what a rule-based assistant cannot do: it says so, and shows what it can answer instead, in
     * this task's own names when the files are there.
     */
    private String outOfScope(
            String message, ApiModel api, boolean apiContext, WorkspaceAnswers workspace, ProjectFiles project) {
        StringBuilder out = new StringBuilder("## What I can help with\n\n");
        out.append("Your message:\n\n").append(SafeQuote.block(message, 200)).append("\n\n");
        if (greeting(message)) {
            out.append("Hello. ");
        } else {
            out.append("I can't answer that offline. ");
        }
        out.append("I am the built-in Skills Lab assistant: rule-based, with no language model and no network, so I")
                .append(" cannot look things up, translate or rewrite text, or hold an open conversation. I answer")
                .append(" questions about this task and its code; ask me, for example:\n\n");
        if (!project.isEmpty()) {
            for (String example : workspace.examples()) {
                out.append("- ").append(example).append('\n');
            }
        } else {
            String title = SafeQuote.clean(task.title(), 100);
            out.append("- **A plan**: \"Plan the steps for this task\" gives phases with a time budget for \"")
                    .append(title)
                    .append("\".\n");
            if (apiContext) {
                out.append("- **API design**: \"Outline the CRUD endpoints for ")
                        .append(api.plural())
                        .append(", with a code example\" gives the endpoint table, validation rules, status codes")
                        .append(" and a standard-library sketch.\n");
            }
            out.append("- **Tests**: \"Write tests for create_")
                    .append(ApiModel.identifier(api.singular()))
                    .append("(title)\" gives tests in ")
                    .append(task.node() ? "Node.js (node:test)" : "Python (unittest)")
                    .append(".\n");
        }
        out.append("- **An error**: paste the error or the failing test's output and ask why it fails.\n");
        out.append("- **A review or a refactoring**: paste code in a ``` block and ask for a review.\n");
        out.append("- **A concept**: \"Explain rate limiting\" (also HTTP status codes, pagination, validation,")
                .append(" race conditions, async, REST).\n\n");
        out.append("For open questions, pick a provider model (OpenAI or Anthropic) in the model list, when your")
                .append(" organisation has configured a key for one.");
        return out.toString();
    }

    // --- Text helpers --------------------------------------------------------------------------------------------

    /** The last line naming an error type (a word ending in Error or Exception), by scanning, each line cut short. */
    private static String lastErrorLine(String message) {
        String last = null;
        for (String line : message.split("\n", -1)) {
            String cut = line.length() > ProjectFiles.MAX_LINE ? line.substring(0, ProjectFiles.MAX_LINE) : line;
            if (errorType(cut) != null) {
                last = cut.strip();
            }
        }
        return last;
    }

    /** The first word of the line that ends in Error or Exception ({@code KeyError}, {@code JSONDecodeError}). */
    private static String errorType(String line) {
        if (line == null) {
            return null;
        }
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String suffix : List.of("Error", "Exception")) {
            int from = 0;
            int at;
            while ((at = line.indexOf(suffix, from)) >= 0 && at < firstAt) {
                int end = at + suffix.length();
                if (end >= line.length() || !isWordChar(line.charAt(end))) {
                    int start = at;
                    while (start > 0 && isWordChar(line.charAt(start - 1))) {
                        start--;
                    }
                    first = line.substring(start, end);
                    firstAt = at;
                    break;
                }
                from = end;
            }
        }
        return first;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String location(String message) {
        Matcher py = PY_LOCATION.matcher(message);
        String last = null;
        while (py.find()) {
            last = SafeQuote.inline(py.group(1), 120) + " line " + py.group(2);
        }
        if (last != null) {
            return last;
        }
        Matcher js = JS_LOCATION.matcher(message);
        return js.find() ? SafeQuote.inline(js.group(1), 120) + " line " + js.group(2) : null;
    }

    static String codeOf(String message) {
        int start = message.indexOf("```");
        if (start < 0) {
            return message;
        }
        int bodyStart = message.indexOf('\n', start);
        int end = message.indexOf("```", bodyStart < 0 ? start + 3 : bodyStart);
        if (bodyStart < 0 || end < 0) {
            return message.substring(start + 3);
        }
        return message.substring(bodyStart + 1, end);
    }
}
