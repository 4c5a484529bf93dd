package ai.smartsuccess.skillslab.assessment.service.ai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline assistant's answers: deterministic (same question, same task, same answer), built only from the
 * candidate's message and the task, with no network. It recognises asks for a plan, tests, an explanation, a code
 * review, or pasted errors, and answers with a structure the candidate can act on.
 */
final class OfflineAnswers {

    private static final Pattern PY_LOCATION = Pattern.compile("File \"([^\"]+)\", line (\\d+)");
    private static final Pattern JS_LOCATION = Pattern.compile("\\(?([\\w./-]+\\.(?:js|mjs|ts)):(\\d+):\\d+\\)?");
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^.*\\b(\\w*(?:Error|Exception))\\b.*$");
    private static final Pattern IDENTIFIER_CALL = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]{2,})\\s*\\(");
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
            "describe",
            "it",
            "expect",
            "isinstance",
            "type");

    /** Hints per error type, for Python and Node.js alike. */
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
            Map.entry("TimeoutError", "something waited for an answer that never came: check the awaited call."));

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
                    "mutex",
                    "**Mutex / lock**: only one holder at a time runs the critical section; keep it short and never"
                            + " await something slow while holding it."));

    private final TaskContext task;

    OfflineAnswers(TaskContext task) {
        this.task = task;
    }

    String answer(String message) {
        return switch (OfflineIntent.detect(message)) {
            case DEBUG -> debugging(message);
            case REVIEW -> review(message);
            case TESTS -> tests(message);
            case PLAN -> plan(message);
            case EXPLAIN -> explanation(message);
            case HELP -> help(message);
        };
    }

    private String plan(String message) {
        int total = Math.max(30, task.timeLimitMinutes());
        StringBuilder out = new StringBuilder();
        out.append("## A plan for \"")
                .append(SafeQuote.clean(task.title(), 120))
                .append("\"\n\n");
        out.append("You asked:\n\n").append(SafeQuote.block(message, 300)).append("\n\n");
        out.append("Time budget: ").append(total).append(" minutes in all.\n\n");
        List<String[]> phases = phases();
        int[] shares = {10, 15, 45, 20, 10};
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
        out.append("Check progress with `").append(task.testCommand()).append("` after every slice.");
        return out.toString();
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

    private String tests(String message) {
        List<String> names = identifiers(message);
        String subject = names.isEmpty() ? "the_feature" : names.get(0);
        StringBuilder out = new StringBuilder();
        out.append("## Test skeletons for ")
                .append(SafeQuote.inline(subject, 60))
                .append("\n\n");
        out.append("Cover three kinds of case: the normal path, the edges (empty, zero, very large, duplicates) and")
                .append(" invalid input that must be refused.\n\n");
        if (task.node()) {
            out.append("```javascript\n")
                    .append("// tests/")
                    .append(subject)
                    .append(".test.js\n")
                    .append("const { test } = require('node:test');\n")
                    .append("const assert = require('node:assert/strict');\n\n")
                    .append("test('")
                    .append(subject)
                    .append(" handles the normal case', () => {\n  // arrange, act, assert\n")
                    .append("  assert.equal(actual, expected);\n});\n\n")
                    .append("test('")
                    .append(subject)
                    .append(" handles an empty input', () => {\n  assert.deepEqual(actual, []);\n});\n\n")
                    .append("test('")
                    .append(subject)
                    .append(" rejects invalid input', () => {\n  assert.throws(() => call(null));\n});\n")
                    .append("```\n\n");
        } else {
            String className = camelCase(subject);
            out.append("```python\n")
                    .append("# tests/test_")
                    .append(subject.toLowerCase(Locale.ROOT))
                    .append(".py\n")
                    .append("import unittest\n\n\n")
                    .append("class Test")
                    .append(className)
                    .append("(unittest.TestCase):\n")
                    .append("    def test_normal_case(self):\n")
                    .append("        # arrange, act, assert\n")
                    .append("        self.assertEqual(actual, expected)\n\n")
                    .append("    def test_empty_input(self):\n")
                    .append("        self.assertEqual(actual, [])\n\n")
                    .append("    def test_invalid_input_is_refused(self):\n")
                    .append("        with self.assertRaises(ValueError):\n")
                    .append("            call(None)\n\n\n")
                    .append("if __name__ == \"__main__\":\n")
                    .append("    unittest.main()\n")
                    .append("```\n\n");
        }
        out.append("Run them with `")
                .append(task.testCommand())
                .append("`. Write one failing test first, make it")
                .append(" pass, then add the next.");
        if (names.size() > 1) {
            out.append("\n\nOther names in your message worth a test each: ");
            out.append(String.join(
                    ", ",
                    names.subList(1, Math.min(names.size(), 6)).stream()
                            .map(n -> SafeQuote.inline(n, 40))
                            .toList()));
            out.append('.');
        }
        return out.toString();
    }

    private String debugging(String message) {
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
        String location = location(message);
        if (location != null) {
            out.append("Start at ").append(location).append(": that is the deepest frame of your own code.\n\n");
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

    private String explanation(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        List<String> entries = new ArrayList<>();
        GLOSSARY.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(entry -> lower.contains(entry.getKey()))
                .forEach(entry -> entries.add(entry.getValue()));
        StringBuilder out = new StringBuilder("## Explanation\n\n");
        out.append("Your question:\n\n").append(SafeQuote.block(message, 300)).append("\n\n");
        if (!entries.isEmpty()) {
            for (String entry : entries) {
                out.append("- ").append(entry).append('\n');
            }
            out.append('\n');
        }
        out.append("A way to work through it:\n\n");
        out.append("1. **Definition**: say in one sentence what it is and what problem it solves.\n");
        out.append("2. **Mechanism**: follow one concrete example step by step in this task's code.\n");
        out.append("3. **When to use it**: and what the simpler alternative would be.\n");
        out.append("4. **Pitfalls**: the edge cases where it breaks (empty input, concurrency, failures).\n");
        out.append("5. **Check your understanding**: write a tiny test that shows the behaviour.");
        return out.toString();
    }

    private String help(String message) {
        return "## Skills Lab Offline Assistant\n\n"
                + "I am a built-in assistant that works without a network connection. Your message:\n\n"
                + SafeQuote.block(message, 200)
                + "\n\nI answer best when you ask for one of these:\n\n"
                + "- **A plan**: \"Plan the steps for this task\" gives phases with a time budget for \""
                + SafeQuote.clean(task.title(), 100)
                + "\".\n"
                + "- **Tests**: \"Write tests for create_todo\" gives test skeletons in "
                + (task.node() ? "Node.js (node:test)" : "Python (unittest)")
                + ".\n"
                + "- **An explanation**: \"Explain race conditions\".\n"
                + "- **A review**: paste code in a ``` block and ask for a review.\n"
                + "- **An error**: paste the error or stack trace and I will walk you through it.";
    }

    private static String lastErrorLine(String message) {
        Matcher matcher = ERROR_LINE.matcher(message);
        String last = null;
        while (matcher.find()) {
            last = matcher.group().strip();
        }
        return last;
    }

    private static String errorType(String errorLine) {
        if (errorLine == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("\\b(\\w*(?:Error|Exception))\\b").matcher(errorLine);
        return matcher.find() ? matcher.group(1) : null;
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

    private static List<String> identifiers(String message) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER_CALL.matcher(message);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        Matcher words = Pattern.compile("\\b(?:for|of|cover|testing)\\s+(?:the\\s+)?([a-z][a-z0-9_]{2,})\\b")
                .matcher(message);
        while (names.isEmpty() && words.find()) {
            String word = words.group(1);
            if (!Set.of("the", "this", "that", "tests", "test", "my", "all", "unit")
                    .contains(word)) {
                names.add(word);
            }
        }
        return new ArrayList<>(names);
    }

    static String camelCase(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String codeOf(String message) {
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
