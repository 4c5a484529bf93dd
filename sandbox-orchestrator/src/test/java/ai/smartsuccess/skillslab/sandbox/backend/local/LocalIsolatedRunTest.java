package ai.smartsuccess.skillslab.sandbox.backend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.IsolatedRun;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox of its own that the hidden tests get (real jails): made of exactly the files given, with none of the
 * session's processes or temporary files, the platform's files out of the code's reach, the session's limits, and
 * nothing left behind.
 */
class LocalIsolatedRunTest {

    static Path root;
    static LocalSandboxBackend backend;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("sandbox-isolated-test");
        backend =
                new LocalSandboxBackend(TestConfigs.sandbox(root, Map.of("skillslab.sandbox.limits.processes", "64")));
    }

    @AfterAll
    static void stop() {
        backend.known().forEach(backend::destroy);
        LocalSandboxBackend.deleteTree(root);
        TestConfigs.removeCgroups(root);
    }

    @Test
    void holds_only_the_given_files_none_of_the_sessions_processes_and_protects_the_platforms_files() throws Exception {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "python", Instant.now().plusSeconds(120), List.of(file("old.txt", "old"))));
        // The candidate leaves a process, a temporary file and a file outside the snapshot behind in the session.
        ExecResult left = backend.exec(
                id,
                request("(setsid sleep 300 >/dev/null 2>&1 &); echo planted > /tmp/planted; echo x > late.txt", null));
        assertThat(left.exitCode()).as(left.stderrText()).isZero();

        String script = String.join(
                "\n",
                "ps -eo comm= | sort -u | tr '\\n' ' '; echo",
                "ls -A /workspace | tr '\\n' ' '; echo",
                "ls /tmp | tr '\\n' ' '; echo",
                "id -u",
                "sleep 1",
                "echo changed > hidden_tests/test_x.py && echo CHANGED-HIDDEN",
                "mv hidden_tests gone && echo MOVED-HIDDEN",
                "rm -rf hidden_tests && echo REMOVED-HIDDEN",
                "echo mine >> solution.py && echo CHANGED-OWN",
                "echo new > new.txt && echo ADDED",
                "cat hidden_tests/test_x.py",
                "exit 0");
        long started = System.nanoTime();
        CompletableFuture<ExecResult> running = CompletableFuture.supplyAsync(() -> backend.runIsolated(
                id,
                new IsolatedRun(
                        List.of(file("solution.py", "print(1)\n"), file("pkg/mod.py", "")),
                        List.of(file("hidden_tests/test_x.py", "hidden\n")),
                        request(script, null))));
        // Its processes are in a cgroup of their own, with the session's limits.
        Path pids = Path.of("/sys/fs/cgroup/pids", TestConfigs.cgroupParent(root), id + "-isolated");
        Path v2 = Path.of("/sys/fs/cgroup", TestConfigs.cgroupParent(root), id + "-isolated");
        Path cgroup = Files.isDirectory(Path.of("/sys/fs/cgroup/pids")) ? pids : v2;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(cgroup.resolve("cgroup.procs"))
                        && !Files.readString(cgroup.resolve("cgroup.procs")).isBlank());
        assertThat(Files.readString(cgroup.resolve("pids.max")).strip()).isEqualTo("64");
        ExecResult result = running.get(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("isolated run of a shell script (1 s of it sleeping): " + millis + " ms");

        assertThat(result.exitCode()).as(result.stderrText()).isZero();
        String[] lines = result.stdoutText().split("\n");
        assertThat(lines[0]).doesNotContain("sleep");
        assertThat(lines[1].strip().split(" ")).containsExactlyInAnyOrder("solution.py", "pkg", "hidden_tests");
        assertThat(lines[2]).doesNotContain("planted");
        assertThat(lines[3]).isEqualTo("1000");
        assertThat(result.stdoutText())
                .doesNotContain("CHANGED-HIDDEN", "MOVED-HIDDEN", "REMOVED-HIDDEN")
                .contains("CHANGED-OWN", "ADDED")
                .endsWith("hidden\n");

        // Nothing of it is left: no directory, no cgroup; the session itself carries on.
        assertThat(root.resolve(id.toString()).resolve("isolated")).doesNotExist();
        assertThat(Path.of("/sys/fs/cgroup/pids", TestConfigs.cgroupParent(root), id + "-isolated"))
                .doesNotExist();
        assertThat(Path.of("/sys/fs/cgroup", TestConfigs.cgroupParent(root), id + "-isolated"))
                .doesNotExist();
        ExecResult session = backend.exec(id, request("cat late.txt; pgrep -c sleep", null));
        assertThat(session.stdoutText()).isEqualTo("x\n1\n");
        backend.destroy(id);
    }

    @Test
    void its_input_reaches_the_command_and_a_timeout_ends_it() {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "python", Instant.now().plusSeconds(120), List.of()));
        ExecResult echoed = backend.runIsolated(
                id, new IsolatedRun(List.of(), List.of(), request("read line; echo \"got $line\"", "secret\n")));
        assertThat(echoed.stdoutText()).isEqualTo("got secret\n");

        ExecResult endless = backend.runIsolated(
                id,
                new IsolatedRun(
                        List.of(),
                        List.of(),
                        new ExecRequest(
                                List.of("/bin/bash", "-c", "sleep 60"),
                                null,
                                Duration.ofSeconds(1),
                                1024,
                                Instant.now().plusSeconds(60))));
        assertThat(endless.timedOut()).isTrue();
        assertThat(root.resolve(id.toString()).resolve("isolated")).doesNotExist();
        backend.destroy(id);
    }

    private static WorkspaceFile file(String path, String content) {
        return new WorkspaceFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ExecRequest request(String script, String stdin) {
        return new ExecRequest(
                List.of("/bin/bash", "-c", script),
                stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(20),
                65536,
                Instant.now().plusSeconds(60));
    }
}
