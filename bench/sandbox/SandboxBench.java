import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local sandbox backend benchmark (real bubblewrap jails with their cgroups, tmpfs workspaces and seccomp filter, no
 * Quarkus): start-to-ready over 50 sessions, the cost of running `true` in a jail against running it bare, and 20
 * concurrent sessions. Prints figures; asserts nothing.
 */
public class SandboxBench {

    static final int SESSIONS = 50;
    static final int COMMANDS = 200;
    static final int CONCURRENT = 20;

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("sandbox-bench");
        SandboxConfig config = new SmallRyeConfigBuilder()
                .withMapping(SandboxConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("skillslab.sandbox.local.workspace-root", root.toString())
                // Cgroups of its own, apart from the running platform's.
                .withDefaultValue("skillslab.sandbox.local.cgroup-parent", "skillslab-bench-" + root.getFileName())
                .build()
                .getConfigMapping(SandboxConfig.class);
        Constructor<LocalSandboxBackend> constructor = LocalSandboxBackend.class.getDeclaredConstructor(SandboxConfig.class);
        constructor.setAccessible(true);
        LocalSandboxBackend backend = constructor.newInstance(config);
        System.out.printf("jails %s: each in its own cgroup (memory %d MiB, %d processes, %.1f CPU), workspace on a"
                        + " %d MiB tmpfs, seccomp filter%n",
                backend.hardened() ? "hardened" : "NOT hardened",
                config.sandbox().limits().memoryBytes() >> 20,
                config.sandbox().limits().processes(),
                config.sandbox().limits().cpus(),
                config.sandbox().limits().workspaceBytes() >> 20);
        List<WorkspaceFile> starter = List.of(
                file("main.py", "from calc import add\nprint(add(2, 3))\n"),
                file("calc.py", "def add(a, b):\n    return a + b\n"),
                file("tests/test_calc.py", "import unittest\n"),
                file("README.md", "# Task\n"),
                file("data/input.txt", "1 2 3\n"));
        try {
            // Warm-up: the first jails pay for page-cache misses.
            for (int i = 0; i < 3; i++) {
                UUID id = UUID.randomUUID();
                backend.create(spec(id, starter));
                backend.destroy(id);
            }

            List<Double> ready = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                UUID id = UUID.randomUUID();
                long t0 = System.nanoTime();
                backend.create(spec(id, starter));
                ready.add((System.nanoTime() - t0) / 1e6);
                backend.destroy(id);
            }
            System.out.printf("start-to-ready (local, %d sessions): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    SESSIONS, pct(ready, 50), pct(ready, 95), pct(ready, 100));

            UUID id = UUID.randomUUID();
            backend.create(spec(id, starter));
            List<Double> bare = new ArrayList<>();
            List<Double> jailed = new ArrayList<>();
            for (int i = 0; i < COMMANDS; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("/usr/bin/true").start();
                p.waitFor();
                bare.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                ExecResult r = backend.exec(id, request("/usr/bin/true"));
                jailed.add((System.nanoTime() - t0) / 1e6);
                if (r.exitCode() != 0) {
                    throw new IllegalStateException("true failed in the jail: " + r.stderrText());
                }
            }
            backend.destroy(id);
            double b50 = pct(bare, 50);
            double j50 = pct(jailed, 50);
            System.out.printf("`true` bare (Java spawn): p50 %.2f ms, p95 %.2f ms%n", b50, pct(bare, 95));
            System.out.printf("`true` in the session's jail: p50 %.2f ms, p95 %.2f ms%n", j50, pct(jailed, 95));
            System.out.printf("per-command overhead: %.2f ms at p50 (ratio %.1fx)%n", j50 - b50, j50 / b50);

            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
            AtomicInteger errors = new AtomicInteger();
            List<Future<Double>> sessions = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < CONCURRENT; i++) {
                sessions.add(pool.submit(() -> {
                    UUID sid = UUID.randomUUID();
                    long s0 = System.nanoTime();
                    try {
                        backend.create(spec(sid, starter));
                        for (int k = 0; k < 5; k++) {
                            ExecResult r = backend.exec(sid, request("/bin/bash", "-lc", "python3 main.py && echo x >> log.txt"));
                            if (r.exitCode() != 0 || !r.stdoutText().startsWith("5")) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    } finally {
                        backend.destroy(sid);
                    }
                    return (System.nanoTime() - s0) / 1e6;
                }));
            }
            List<Double> durations = new ArrayList<>();
            for (Future<Double> f : sessions) {
                durations.add(f.get());
            }
            pool.shutdown();
            System.out.printf("%d concurrent sessions (create + 5 python runs + destroy each): %d errors, "
                            + "wall %.0f ms, per session p50 %.0f ms, p95 %.0f ms%n",
                    CONCURRENT, errors.get(), (System.nanoTime() - t0) / 1e6, pct(durations, 50), pct(durations, 95));
        } finally {
            backend.known().forEach(backend::destroy);
            for (String controller : List.of("memory", "pids", "cpu", "")) {
                Files.deleteIfExists(Path.of("/sys/fs/cgroup", controller, "skillslab-bench-" + root.getFileName()));
            }
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static WorkspaceFile file(String path, String content) {
        return new WorkspaceFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    static SandboxSpec spec(UUID id, List<WorkspaceFile> files) {
        return new SandboxSpec(id, "python", Instant.now().plusSeconds(600), files);
    }

    static ExecRequest request(String... argv) {
        return new ExecRequest(List.of(argv), null, Duration.ofSeconds(30), 65536, Instant.now().plusSeconds(600));
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
