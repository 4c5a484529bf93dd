import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles.BundleFile;
import ai.smartsuccess.skillslab.sandbox.workspace.FinalSnapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.HiddenTestRunner;
import ai.smartsuccess.skillslab.sandbox.workspace.ResultKeys;
import ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceOperations;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Finalize of two default tasks (python todo API, node dashboard) on real jails, as FinalizeService does it minus the
 * database and the S3 upload: stop the session's processes, the final snapshot with its integrity scan, the hidden
 * suite in a sandbox of its own, destroy. For the untouched starter and for the reference solution; prints p50/p95 of
 * the whole and of its steps. Figures only.
 */
public class FinalizeBench {

    static final int RUNS = 12;
    static final int WARM_UP = 2;
    static final Path TASKS = Path.of("task-service/src/main/resources/default-tasks");
    static final Path REFERENCES = Path.of("task-service/src/test/resources/reference-solutions");

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("finalize-bench");
        SandboxConfig config = new SmallRyeConfigBuilder()
                .withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("skillslab.sandbox.local.workspace-root", root.toString())
                .withDefaultValue("skillslab.sandbox.local.cgroup-parent", "skillslab-finalize-bench")
                // The dashboard task's React components need the sandbox's Node packages, as the launcher built them.
                .withDefaultValue("skillslab.sandbox.local.node-modules", Path.of(System.getenv().getOrDefault(
                                "SKILLSLAB_HOME", System.getProperty("user.home") + "/.skillslab"))
                        .resolve("sandbox-runtime/node_modules")
                        .toRealPath()
                        .toString())
                .build()
                .getConfigMapping(SandboxConfig.class);
        LocalSandboxBackend backend = make(LocalSandboxBackend.class, new Class<?>[] {SandboxConfig.class}, config);
        ObjectMapper json = new ObjectMapper();
        WorkspaceOperations workspace = make(
                WorkspaceOperations.class,
                new Class<?>[] {SandboxBackend.class, SandboxConfig.class, ObjectMapper.class},
                backend,
                config,
                json);
        HiddenTestRunner runner = make(
                HiddenTestRunner.class,
                new Class<?>[] {SandboxBackend.class, ResultKeys.class, ObjectMapper.class},
                backend,
                new ResultKeys(),
                json);
        Duration timeout = config.sandbox().limits().hiddenTestTimeout();
        try {
            for (String[] task : new String[][] {
                {"a1b2c3d4-e5f6-7890-abcd-ef1234567890", HiddenTestRunner.PYTHON_UNITTEST},
                {"a1b2c3d4-e5f6-7890-abcd-ef1234567891", HiddenTestRunner.NODE_TEST}
            }) {
                for (boolean reference : new boolean[] {false, true}) {
                    Map<String, List<Double>> steps = new LinkedHashMap<>();
                    HiddenTestResults last = null;
                    List<BundleFile> hidden = read(TASKS.resolve(task[0]).resolve("hidden")).stream()
                            .map(f -> new BundleFile(f.path(), Base64.getEncoder().encodeToString(f.content())))
                            .toList();
                    for (int i = 0; i < RUNS + WARM_UP; i++) {
                        UUID id = UUID.randomUUID();
                        backend.create(new SandboxSpec(id, "bench", Instant.now().plusSeconds(600), files(task[0], reference)));
                        backend.exec(id, new ExecRequest(List.of("/bin/true"), null, Duration.ofSeconds(5), 64, Instant.now().plusSeconds(600)));
                        Instant notAfter = Instant.now().plus(timeout).plusSeconds(120);
                        long t0 = System.nanoTime();
                        backend.stopProcesses(id);
                        long t1 = System.nanoTime();
                        FinalSnapshot snapshot = workspace.finalSnapshot(id, notAfter);
                        json.writeValueAsBytes(snapshot.snapshot());
                        long t2 = System.nanoTime();
                        last = runner.run(id, task[1], snapshot.snapshot().files(), hidden, timeout)
                                .withIntegrityFlags(snapshot.integrityFlags());
                        long t3 = System.nanoTime();
                        backend.destroy(id);
                        long t4 = System.nanoTime();
                        if (i >= WARM_UP) {
                            add(steps, "finalize", t4 - t0);
                            add(steps, "stop processes", t1 - t0);
                            add(steps, "final snapshot", t2 - t1);
                            add(steps, "hidden suite (own sandbox)", t3 - t2);
                            add(steps, "destroy", t4 - t3);
                        }
                    }
                    System.out.printf(
                            "%s, %s: hidden %d/%d passed, flags %s%n",
                            task[1], reference ? "reference solution" : "untouched starter", last.passed(), last.total(),
                            last.integrityFlags());
                    steps.forEach((step, values) -> System.out.printf(
                            "  %-28s p50 %5.0f ms  p95 %5.0f ms%n", step, pct(values, 50), pct(values, 95)));
                }
            }
        } finally {
            backend.known().forEach(backend::destroy);
            LocalSandboxBackendCleanup.delete(root);
        }
    }

    static List<WorkspaceFile> files(String task, boolean reference) throws Exception {
        Map<String, WorkspaceFile> files = new LinkedHashMap<>();
        read(TASKS.resolve(task).resolve("starter")).forEach(f -> files.put(f.path(), f));
        if (reference) {
            read(REFERENCES.resolve(task)).forEach(f -> files.put(f.path(), f));
        }
        return new ArrayList<>(files.values());
    }

    static List<WorkspaceFile> read(Path dir) throws Exception {
        List<WorkspaceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new WorkspaceFile(dir.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        return files;
    }

    static void add(Map<String, List<Double>> steps, String step, long nanos) {
        steps.computeIfAbsent(step, k -> new ArrayList<>()).add(nanos / 1e6);
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static <T> T make(Class<T> type, Class<?>[] parameters, Object... arguments) throws Exception {
        Constructor<T> constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    /** The benchmark's workspace root, deleted without following links. */
    static final class LocalSandboxBackendCleanup {
        static void delete(Path root) throws Exception {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
