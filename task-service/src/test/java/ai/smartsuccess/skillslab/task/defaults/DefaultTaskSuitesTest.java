package ai.smartsuccess.skillslab.task.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The default tasks' real content: for each task, its hidden test suite runs with the language's own runner (real
 * {@code python3} / {@code node} with what the sandbox offers: the system's {@code /usr/bin/python3} and its Debian
 * packages, pytest and FastAPI among them, and the sandbox's Node packages, which the launcher builds and this test
 * links as the workspace's {@code node_modules}) and must fail on the starter files and pass on the reference solution
 * kept in test resources; the candidate's visible tests (unittest, pytest, node:test or Vitest, as the task's starter
 * says) pass on the reference; the manifest the seeder reads lists exactly the files that exist.
 */
class DefaultTaskSuitesTest {

    static final Path DEFAULT_TASKS = Path.of("src/main/resources/default-tasks");
    static final Path REFERENCES = Path.of("src/test/resources/reference-solutions");
    static final Pattern PYTHON_RAN = Pattern.compile("(?m)^Ran (\\d+) tests?");
    static final Pattern NODE_RAN = Pattern.compile("(?m)^# tests (\\d+)");

    record Runner(String language, List<String> hidden, List<String> visible, Pattern ran) {}

    static final Pattern PYTEST_RAN = Pattern.compile("(?m)\\b(\\d+) passed");
    static final Pattern VITEST_RAN = Pattern.compile("(?m)^\\s*Tests\\s+(?:\\d+ failed \\| )?(\\d+) passed");
    /** The sandbox's python3: the system's, with its Debian packages (whatever python3 comes first on the PATH). */
    static final String PYTHON3 = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    static final Runner PYTHON = new Runner(
            "python",
            List.of(PYTHON3, "-m", "unittest", "discover", "-s", "hidden_tests", "-t", "."),
            List.of(PYTHON3, "-m", "unittest", "discover", "-s", "tests", "-v"),
            PYTHON_RAN);
    /** A Python task whose starter has a pytest.ini: its visible tests are pytest's. */
    static final Runner PYTHON_PYTEST =
            new Runner("python", PYTHON.hidden(), List.of(PYTHON3, "-m", "pytest", "-v"), PYTHON_RAN);

    static final Runner NODE = new Runner(
            "node", List.of("node", "--test", "hidden_tests/"), List.of("node", "--test", "tests/"), NODE_RAN);
    /** A Node task whose starter has a vite.config.js: its visible tests are Vitest's. */
    static final Runner NODE_VITEST =
            new Runner("node", NODE.hidden(), List.of("node_modules/.bin/vitest", "run"), NODE_RAN);

    @TestFactory
    Stream<DynamicContainer> every_default_task() throws IOException {
        Map<String, Map<String, List<String>>> manifest = new ObjectMapper()
                .readValue(DEFAULT_TASKS.resolve("manifest.json").toFile(), new TypeReference<>() {});
        assertThat(manifest).hasSize(11);
        return manifest.entrySet().stream().map(entry -> {
            String taskId = entry.getKey();
            Path task = DEFAULT_TASKS.resolve(taskId);
            return DynamicContainer.dynamicContainer(
                    taskId,
                    Stream.of(
                            DynamicTest.dynamicTest("manifest lists exactly its files", () -> {
                                for (String visibility : List.of("starter", "hidden")) {
                                    assertThat(new TreeSet<>(entry.getValue().getOrDefault(visibility, List.of())))
                                            .as(visibility + " files of " + taskId)
                                            .isEqualTo(filesUnder(task.resolve(visibility)));
                                }
                            }),
                            DynamicTest.dynamicTest("ships a visible test, a hidden suite and a reference", () -> {
                                assertThat(entry.getValue().get("starter")).anyMatch(p -> p.startsWith("tests/"));
                                assertThat(entry.getValue().get("hidden"))
                                        .isNotEmpty()
                                        .allMatch(p -> p.startsWith("hidden_tests/"));
                                assertThat(REFERENCES.resolve(taskId)).isDirectory();
                            }),
                            DynamicTest.dynamicTest("the legacy code's own tests pass, if it has some", () -> {
                                if (!Files.isDirectory(task.resolve("starter/legacy/test"))) {
                                    return;
                                }
                                Path workspace = workspace(task, null);
                                try {
                                    Result legacy = run(workspace, List.of("node", "--test", "legacy/"));
                                    assertThat(legacy.exitCode())
                                            .as("legacy tests:\n" + legacy.output())
                                            .isZero();
                                    assertThat(legacy.testsRan(NODE)).isPositive();
                                } finally {
                                    delete(workspace);
                                }
                            }),
                            DynamicTest.dynamicTest("hidden suite fails on the starter", () -> {
                                Path workspace = workspace(task, null);
                                try {
                                    Result result = run(workspace, runner(task).hidden());
                                    assertThat(result.testsRan(runner(task)))
                                            .as("the suite runs tests against the starter:\n" + result.output())
                                            .isPositive();
                                    assertThat(result.exitCode())
                                            .as("hidden suite on the starter:\n" + result.output())
                                            .isNotZero();
                                } finally {
                                    delete(workspace);
                                }
                            }),
                            DynamicTest.dynamicTest("hidden suite and visible tests pass on the reference", () -> {
                                Path workspace = workspace(task, REFERENCES.resolve(taskId));
                                try {
                                    Result hidden = run(workspace, runner(task).hidden());
                                    assertThat(hidden.exitCode())
                                            .as("hidden suite on the reference:\n" + hidden.output())
                                            .isZero();
                                    assertThat(hidden.testsRan(runner(task))).isGreaterThanOrEqualTo(5);
                                    Result visible = run(workspace, runner(task).visible());
                                    assertThat(visible.exitCode())
                                            .as("visible tests on the reference:\n" + visible.output())
                                            .isZero();
                                    assertThat(visibleTestsRan(runner(task), visible))
                                            .as(visible.output())
                                            .isPositive();
                                } finally {
                                    delete(workspace);
                                }
                            })));
        });
    }

    static Runner runner(Path task) throws IOException {
        boolean node;
        try (Stream<Path> files = Files.walk(task.resolve("hidden"))) {
            node = files.anyMatch(p -> p.toString().endsWith(".mjs"));
        }
        if (node) {
            return Files.exists(task.resolve("starter/vite.config.js")) ? NODE_VITEST : NODE;
        }
        return Files.exists(task.resolve("starter/pytest.ini")) ? PYTHON_PYTEST : PYTHON;
    }

    static int visibleTestsRan(Runner runner, Result visible) {
        Pattern ran = runner == PYTHON_PYTEST ? PYTEST_RAN : runner == NODE_VITEST ? VITEST_RAN : runner.ran();
        Matcher matcher = ran.matcher(visible.output());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /**
     * The sandbox's Node packages as the launcher builds them ({@code ensure_sandbox_node_modules}, run by
     * {@code ./skillslab up} and {@code test}): {@code SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES}, else
     * {@code $SKILLSLAB_HOME/sandbox-runtime/node_modules} (default home {@code ~/.skillslab}).
     */
    static Path nodeModules() {
        String configured = System.getenv("SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getenv("SKILLSLAB_HOME");
        return (home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".skillslab") : Path.of(home))
                .resolve("sandbox-runtime/node_modules");
    }

    /** A workspace as the sandbox builds it: starter files, then (optionally) a solution over them, then the hidden suite. */
    static Path workspace(Path task, Path solution) throws IOException {
        Path workspace = Files.createTempDirectory("default-task-");
        copy(task.resolve("starter"), workspace);
        if (solution != null) {
            copy(solution, workspace);
        }
        copy(task.resolve("hidden"), workspace);
        // In the sandbox the packages are at /node_modules, which node finds from /workspace; here, a link next to it.
        if (Files.exists(task.resolve("starter/package.json")) || Files.isDirectory(task.resolve("starter/legacy"))) {
            Path modules = nodeModules();
            assertThat(modules.resolve("react"))
                    .as("the sandbox's Node packages (built by ./skillslab up, or set"
                            + " SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES)")
                    .isDirectory();
            Files.createSymbolicLink(workspace.resolve("node_modules"), modules.toRealPath());
        }
        return workspace;
    }

    record Result(int exitCode, String output) {
        int testsRan(Runner runner) {
            Matcher matcher = runner.ran().matcher(output);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }
    }

    static Result run(Path workspace, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().put("NODE_OPTIONS", "");
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("CI", "1");
        Process process = builder.start();
        byte[] output;
        try (var in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    static TreeSet<String> filesUnder(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths =
                    new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
