package ai.smartsuccess.skillslab.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.local.TestConfigs;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles.BundleFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every default task of task-service through the platform's own hidden-test path (the harnesses, in a sandbox of their
 * own on real jails, with the production limits): the reference solution passes every hidden test with no integrity
 * flag, the untouched starter does not. task-service's {@code DefaultTaskSuitesTest} runs the same suites with the
 * plain runners; this shows the harnesses count them the same.
 */
class DefaultTaskHiddenSuitesTest {

    static final Path TASKS = Path.of("../task-service/src/main/resources/default-tasks");
    static final Path REFERENCES = Path.of("../task-service/src/test/resources/reference-solutions");
    static Path root;
    static LocalSandboxBackend backend;
    static HiddenTestRunner runner;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("default-task-suites");
        var constructor = LocalSandboxBackend.class.getDeclaredConstructor(
                ai.smartsuccess.skillslab.sandbox.config.SandboxConfig.class);
        constructor.setAccessible(true);
        backend = constructor.newInstance(TestConfigs.sandbox(root, Map.of()));
        runner = new HiddenTestRunner(backend, new ResultKeys(), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        backend.known().forEach(backend::destroy);
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
        TestConfigs.removeCgroups(root);
    }

    @TestFactory
    Stream<DynamicTest> every_default_task_passes_with_its_reference_and_not_with_its_starter() throws IOException {
        Map<String, Map<String, List<String>>> manifest =
                new ObjectMapper().readValue(TASKS.resolve("manifest.json").toFile(), new TypeReference<>() {});
        assertThat(manifest).isNotEmpty();
        return manifest.keySet().stream()
                .map(task -> DynamicTest.dynamicTest(task, () -> {
                    Path dir = TASKS.resolve(task);
                    String hiddenRunner =
                            files(dir.resolve("hidden")).keySet().stream().anyMatch(p -> p.endsWith(".mjs"))
                                    ? HiddenTestRunner.NODE_TEST
                                    : HiddenTestRunner.PYTHON_UNITTEST;
                    List<BundleFile> hidden = new ArrayList<>();
                    files(dir.resolve("hidden"))
                            .forEach((path, content) -> hidden.add(
                                    new BundleFile(path, Base64.getEncoder().encodeToString(content))));
                    Map<String, byte[]> starter = files(dir.resolve("starter"));
                    Map<String, byte[]> solved = new LinkedHashMap<>(starter);
                    solved.putAll(files(REFERENCES.resolve(task)));

                    HiddenTestResults reference = run(hiddenRunner, solved, hidden);
                    assertThat(reference.total()).as(task + " reference").isGreaterThanOrEqualTo(5);
                    assertThat(reference.passed())
                            .as(task + " reference: " + reference.tests())
                            .isEqualTo(reference.total());
                    assertThat(reference.integrityFlags()).isEmpty();

                    HiddenTestResults untouched = run(hiddenRunner, starter, hidden);
                    assertThat(untouched.total()).as(task + " starter").isEqualTo(reference.total());
                    assertThat(untouched.passed()).as(task + " starter").isLessThan(untouched.total());
                }));
    }

    private static HiddenTestResults run(String hiddenRunner, Map<String, byte[]> files, List<BundleFile> hidden) {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "default-task", Instant.now().plusSeconds(600), List.of()));
        try {
            List<Snapshot.SnapshotFile> finalFiles = new ArrayList<>();
            files.forEach((path, content) -> finalFiles.add(new Snapshot.SnapshotFile(
                    path, "base64", Base64.getEncoder().encodeToString(content), content.length)));
            return runner.run(id, hiddenRunner, finalFiles, hidden, Duration.ofSeconds(120));
        } finally {
            backend.destroy(id);
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
