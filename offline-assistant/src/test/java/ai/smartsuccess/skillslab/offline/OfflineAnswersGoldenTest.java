package ai.smartsuccess.skillslab.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline answers byte for byte: each case's answer is compared with the one kept in {@code golden/<name>.md}. A
 * deliberate change of an answer is recorded by running this test once with {@code -Dgolden.update=true} (which
 * rewrites the files under src/test/resources) and reviewing the diff.
 */
class OfflineAnswersGoldenTest {

    private static final TaskContext TODO_API = new TaskContext(
            "Build a REST API with AI Assistance",
            "code_generation",
            "python",
            120,
            "## Task Description\n\nBuild a simple REST API for a todo list application using AI assistance.\n\n"
                    + "1. Create endpoints for CRUD operations on todos\n- Your choice of database (SQLite for"
                    + " simplicity)");
    private static final TaskContext LIBRARY_API =
            new TaskContext("Library service", "code_generation", "node", 90, "Serve a catalogue of books over HTTP.");
    private static final TaskContext PYTHON = new TaskContext("Build a REST API", "code_generation", "python", 120);
    private static final TaskContext NODE_DESIGN =
            new TaskContext("Real-time notifications", "system_design", "node", 240);
    private static final TaskContext PYTHON_BUG = new TaskContext("Fix the cart", "bug_fix", "python", 45);
    private static final TaskContext NODE_REFACTOR = new TaskContext("Tidy the parser", "refactoring", "node", 60);

    private static final String PY_CODE = "```python\ndef add(items, name, quantity):\n    if name == '':\n"
            + "        return 400\n    for i in range(len(items)):\n        if items[i]['name'] == name:\n"
            + "            items[i]['quantity'] = items[i]['quantity'] + quantity\n            return 200\n"
            + "    items.append({'name': name, 'quantity': quantity})\n    return 200\n```";
    private static final String JS_CODE = "```javascript\nfunction handle(req, res) {\n"
            + "  if (!req.body) { res.writeHead(400); res.end(JSON.stringify({error: 'no body'})); return; }\n"
            + "  if (!req.body.title) { res.writeHead(400); res.end(JSON.stringify({error: 'no title'})); return; }\n"
            + "  var x = parse(req.body);\n  res.writeHead(200);\n  res.end(JSON.stringify(x));\n}\n```";
    private static final String PY_TRACE = "Traceback (most recent call last):\n"
            + "  File \"app/server.py\", line 42, in do_POST\n    todo = store.create(**fields)\n"
            + "TypeError: create() got an unexpected keyword argument 'done'";
    private static final String JS_TRACE = "TypeError: Cannot read properties of undefined (reading 'id')\n"
            + "    at handle (/workspace/server.js:27:18)\n    at Server.<anonymous> (/workspace/server.js:40:5)";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("plan-python", TODO_API, "Plan the steps please"),
                new Case("plan-node-design", NODE_DESIGN, "What approach should I take?"),
                new Case("api-python-code", TODO_API, "Design the API endpoints for the todos, with a code example"),
                new Case("api-node-code", LIBRARY_API, "What endpoints do I need? Show me the server code"),
                new Case(
                        "api-python-fields",
                        PYTHON,
                        "Design an API for orders with customer_email, quantity, price, due_date and a paid flag."
                                + " Show me the code with validation"),
                new Case(
                        "api-node-fields",
                        LIBRARY_API,
                        "Design an API for members with email, name, age, joined date and active flag, with the"
                                + " code and validation"),
                new Case(
                        "api-followup",
                        PYTHON,
                        "I need a REST API for books with title, author, year and isbn",
                        "yes, show me the code"),
                new Case("unit-tests-python", PYTHON, "write unit tests for add_item(name, quantity)"),
                new Case("unit-tests-node", NODE_DESIGN, "write unit tests for addItem(name) and removeItem(id)"),
                new Case(
                        "unit-tests-many",
                        PYTHON,
                        "tests for total(items), apply_discount(price, rate), is_empty(items), find(id),"
                                + " rename(name), clear()"),
                new Case("behaviour-tests-bug", PYTHON_BUG, "what tests should I write?"),
                new Case("behaviour-tests-refactor", NODE_REFACTOR, "help me with testing"),
                new Case("api-tests-python", TODO_API, "Write tests for the API"),
                new Case("api-tests-node", LIBRARY_API, "write the tests for the endpoints"),
                new Case("explain-crud", PYTHON, "What is CRUD?"),
                new Case("explain-status", NODE_DESIGN, "explain http status codes"),
                new Case("review-python", PYTHON, "Can you review this?\n" + PY_CODE),
                new Case("review-node", NODE_REFACTOR, "is this ok?\n" + JS_CODE),
                new Case("refactor-python", PYTHON_BUG, "refactor this please\n" + PY_CODE),
                new Case("refactor-node", NODE_REFACTOR, "Clean up this code\n" + JS_CODE),
                new Case("debug-python", TODO_API, PY_TRACE),
                new Case("debug-node", LIBRARY_API, JS_TRACE),
                new Case("debug-assertion", TODO_API, "FAIL: test_create\nAssertionError: 404 != 201"),
                new Case("debug-words", PYTHON, "my server is not working"),
                new Case("api-python-products", PYTHON, "Design the endpoints for /products with a code example"),
                new Case("api-python-events", PYTHON, "show me the code for the events API with validation"),
                new Case("api-python-users", PYTHON, "Design the endpoints for /users, with a code example"),
                new Case("api-node-events", NODE_REFACTOR, "Design the endpoints for /events with a code example"),
                new Case("api-node-contacts", NODE_REFACTOR, "show me the code for the contacts API"),
                new Case("api-node-todos", NODE_REFACTOR, "Design the endpoints for /todos with a code example"),
                new Case("api-node-products", NODE_REFACTOR, "write the tests for the /products endpoints"),
                new Case("api-python-orders", PYTHON, "write the tests for the /orders endpoints"),
                new Case("api-node-notes", NODE_REFACTOR, "Design the endpoints for /notes with a code example"),
                new Case("unit-tests-module-python", PYTHON, "write unit tests for add_item(name) in app/store.py"),
                new Case("unit-tests-module-node", NODE_REFACTOR, "write tests for parse(text) from src/parser.js"),
                new Case("help", PYTHON, "hello"),
                new Case("several", TODO_API, "Plan the work, the endpoints and the tests for the todo API"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_answer_is_the_one_kept(Case c) throws IOException {
        String answer = new OfflineAssistantModel(c.task(), Runnable::run, Duration.ZERO)
                .chat(ChatRequest.builder().messages(c.messages()).build())
                .aiMessage()
                .text();
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources/golden", c.name() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, answer, StandardCharsets.UTF_8);
        }
        assertThat(answer).isEqualTo(kept(c.name()));
    }

    private static String kept(String name) throws IOException {
        try (InputStream in = OfflineAnswersGoldenTest.class.getResourceAsStream("/golden/" + name + ".md")) {
            assertThat(in).as("golden/" + name + ".md").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Case(String name, TaskContext task, String... userMessages) {
        List<ChatMessage> messages() {
            return Arrays.stream(userMessages)
                    .<ChatMessage>map(UserMessage::from)
                    .toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
