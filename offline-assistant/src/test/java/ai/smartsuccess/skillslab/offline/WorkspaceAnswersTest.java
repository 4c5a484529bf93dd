package ai.smartsuccess.skillslab.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The offline assistant on the REST task as a candidate meets it: the real starter files of "Build a REST API with AI
 * Assistance", read from task-service's resources.
 */
class WorkspaceAnswersTest {

    static final Path STARTER =
            Path.of("../task-service/src/main/resources/default-tasks/a1b2c3d4-e5f6-7890-abcd-ef1234567890/starter");
    static final TaskContext REST_TASK = new TaskContext(
                    "Build a REST API with AI Assistance",
                    "code_generation",
                    "python",
                    120,
                    "## Task Description\n\nBuild a simple REST API for a todo list application using AI assistance."
                            + "\n\n## Tech Stack\n- Python 3.11 with its standard library only: `http.server` for HTTP"
                            + " and `sqlite3` for storage\n- The sandbox has no network, so FastAPI, Express or other"
                            + " packages cannot be installed")
            .withFiles(starterFiles());

    static List<TaskFile> starterFiles() {
        try (Stream<Path> paths = Files.walk(STARTER)) {
            List<TaskFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new TaskFile(STARTER.relativize(path).toString().replace('\\', '/'), Files.readString(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_starter_files_are_read_for_what_they_declare() {
        ProjectFiles project = ProjectFiles.of(REST_TASK);
        assertThat(project.stubs())
                .extracting(ProjectFiles.Symbol::qualified)
                .containsExactly("TodoStore.create", "TodoStore.get", "TodoStore.update", "TodoStore.delete");
        assertThat(project.tests()).extracting(ProjectFiles.Symbol::name).containsExactly("test_a_new_store_is_empty");
        assertThat(project.routes()).hasSize(5);
        assertThat(new WorkspaceAnswers(REST_TASK, project).missingHandlers())
                .containsExactly("do_POST", "do_PUT", "do_DELETE");
    }

    @Test
    void three_questions_about_the_files_get_three_different_answers_each_about_the_files() {
        String overview = answer(REST_TASK, "What does this project do and where do I start?");
        String implement = answer(REST_TASK, "How do I implement TodoStore.create?");
        String failing = answer(
                REST_TASK,
                "Why does this fail?\nERROR: test_create (tests.test_store.StoreTest)\nTraceback (most recent call"
                        + " last):\n  File \"/workspace/todo_api/store.py\", line 18, in create\n    raise"
                        + " NotImplementedError(\"create a todo and return it\")\nNotImplementedError: create a todo"
                        + " and return it");
        assertThat(Set.of(overview, implement, failing)).hasSize(3);

        assertThat(overview)
                .contains("`todo_api/store.py`", "`todo_api/server.py`", "`tests/test_smoke.py`", "`main.py`")
                .contains("`TodoStore.create` in `todo_api/store.py` line 19")
                .contains("`do_POST`")
                .contains("test_a_new_store_is_empty");
        assertThat(implement)
                .contains("## Implementing `TodoStore.create` (`todo_api/store.py`, line 19)")
                .contains("raise NotImplementedError(\"create a todo and return it\")")
                .contains("self._db.execute(")
                .contains("INSERT INTO todos (title, done) VALUES (?, ?)")
                .contains("return self.get(cur.lastrowid)");
        assertThat(failing)
                .contains("NotImplementedError")
                .contains("`TodoStore.create` (`todo_api/store.py` line 19) is still a stub");
        for (String answer : List.of(overview, implement, failing)) {
            assertThat(answer).startsWith("*Skills Lab offline assistant").doesNotContain("You mentioned");
        }
    }

    @Test
    void a_route_question_points_at_the_handler_and_sketches_it_in_the_files_style() {
        String answer = answer(REST_TASK, "How do I implement POST /todos?");
        assertThat(answer)
                .contains("## Implementing `POST /todos`")
                .contains("`TodoHandler` in `todo_api/server.py`")
                .contains("has no `do_POST` yet")
                .contains("        def do_POST(self):")
                .contains("self._send(201, store.create(title, done))")
                .contains("self._send(400, {\"error\": \"title is required and must not be blank\"})")
                .doesNotContain("You mentioned");
    }

    @Test
    void tests_for_a_function_of_the_files_import_it_from_its_module() {
        String answer = answer(REST_TASK, "Write tests for TodoStore.delete");
        assertThat(answer)
                .contains("from todo_api.store import TodoStore")
                .contains("self.assertTrue(self.subject.delete(made[\"id\"]))")
                .contains("test_a_new_store_is_empty");
    }

    @Test
    void the_rate_limiter_question_gets_a_rate_limiter_answer_for_this_server() {
        String answer = answer(REST_TASK, "How do I add a rate limiter to my API endpoints?");
        assertThat(answer)
                .contains("**Rate limiting**")
                .contains("429")
                .contains("Retry-After")
                .contains("class RateLimiter:")
                .contains("`TodoHandler` in `todo_api/server.py`")
                .doesNotContain("## Endpoints for")
                .doesNotContain("You mentioned");
        // Without files, still about rate limiting and not a CRUD template.
        assertThat(answer(
                        new TaskContext("Build a REST API", "code_generation", "python", 120),
                        "How do I add a rate limiter to my API?"))
                .contains("**Rate limiting**")
                .doesNotContain("## Endpoints for");
    }

    @Test
    void a_framework_is_mentioned_only_when_the_candidate_named_it() {
        String code = answer(REST_TASK, "Design the API endpoints for the todos, with a code example");
        assertThat(code)
                .doesNotContain("You mentioned")
                .contains("Your workspace's code files: `main.py`, `tests/test_smoke.py`, `todo_api/__init__.py`,"
                        + " `todo_api/server.py`, `todo_api/store.py`.");
        assertThat(answer(REST_TASK, "Design the API endpoints for the todos with FastAPI, with a code example"))
                .contains("You mentioned fastapi");
    }

    @Test
    void out_of_scope_questions_get_an_honest_answer() {
        for (String question : List.of("what's the weather in Paris today?", "translate this to French: good luck")) {
            String answer = answer(REST_TASK, question);
            assertThat(answer)
                    .contains("I can't answer that offline")
                    .contains("no language model")
                    .contains("provider model")
                    .contains("How do I implement TodoStore.create?");
        }
    }

    @Test
    void concepts_are_explained_with_where_they_apply_in_the_files() {
        assertThat(answer(REST_TASK, "explain pagination"))
                .contains("**Pagination**")
                .contains("`TodoStore.list` (`todo_api/store.py` line 15)")
                .contains("`todo_api/server.py` line 24 compares `self.path` whole");
        assertThat(answer(REST_TASK, "what is a race condition?"))
                .contains("**Race conditions**")
                .contains("`ThreadingHTTPServer`");
        assertThat(answer(REST_TASK, "explain the HTTP status codes"))
                .contains("| 201 Created |")
                .contains("`DELETE /todos/<id>` → 204 or 404");
    }

    @Test
    void a_long_one_line_message_is_answered_quickly() {
        List<String> lines = List.of(
                "select ".repeat(30_000),
                "status(".repeat(30_000),
                "def f(".repeat(30_000),
                "a".repeat(200_000),
                "crud" + " ".repeat(200_000) + "x",
                "x/".repeat(100_000),
                "Error".repeat(40_000),
                "update ".repeat(15_000) + "+ x");
        for (String line : lines) {
            for (String message :
                    List.of(line, "Please review this code:\n```\n" + line + "\n```", "why does it fail? " + line)) {
                long started = System.nanoTime();
                String answer = answer(REST_TASK, message);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(answer).startsWith("*Skills Lab offline assistant");
                assertThat(millis)
                        .as("answer time for a %d-character line", message.length())
                        .isLessThan(5_000);
            }
        }
    }

    @Test
    void every_default_tasks_starter_files_get_an_answer_to_every_kind_of_question() throws IOException {
        Path tasks = STARTER.getParent().getParent();
        List<String> questions = List.of(
                "What does this project do?",
                "Where do I start?",
                "How do I implement the first TODO?",
                "Write tests for it",
                "Review this code:\n```\ndef f(items=[]):\n    return items\n```",
                "Why does my test fail?\nAssertionError: 404 != 201",
                "explain rate limiting",
                "How do I implement POST?",
                "translate this to French");
        try (Stream<Path> dirs = Files.list(tasks)) {
            for (Path starter : dirs.map(d -> d.resolve("starter"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList()) {
                List<TaskFile> files = new ArrayList<>();
                try (Stream<Path> paths = Files.walk(starter)) {
                    for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                        files.add(new TaskFile(
                                starter.relativize(path).toString().replace('\\', '/'), Files.readString(path)));
                    }
                }
                boolean node = files.stream().anyMatch(f -> ProjectFiles.javascript(f.path()));
                TaskContext task = new TaskContext(
                                starter.getParent().getFileName().toString(),
                                "code_generation",
                                node ? "node" : "python",
                                60)
                        .withFiles(files);
                ProjectFiles project = ProjectFiles.of(task);
                for (ProjectFiles.Symbol symbol : project.symbols()) {
                    questions = new ArrayList<>(questions);
                    questions.add("How do I implement " + symbol.qualified() + "?");
                    questions.add("Write tests for " + symbol.qualified());
                }
                for (String question : questions) {
                    assertThat(answer(task, question))
                            .as("%s: %s", starter, question)
                            .startsWith("*Skills Lab offline assistant")
                            .doesNotContain("You mentioned");
                }
            }
        }
    }

    static String answer(TaskContext task, String message) {
        return new OfflineAssistantModel(task, Runnable::run, Duration.ZERO)
                .chat(ChatRequest.builder().messages(UserMessage.from(message)).build())
                .aiMessage()
                .text();
    }
}
