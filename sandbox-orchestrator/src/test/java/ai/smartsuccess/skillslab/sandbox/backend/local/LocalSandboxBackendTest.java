package ai.smartsuccess.skillslab.sandbox.backend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local backend on its own, with real jails. */
class LocalSandboxBackendTest {

    static Path root;
    static LocalSandboxBackend backend;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("sandbox-backend-test");
        backend = new LocalSandboxBackend(TestConfigs.sandbox(root, Map.of()));
    }

    @AfterAll
    static void stop() {
        backend.known().forEach(backend::destroy);
        LocalSandboxBackend.deleteTree(root);
        TestConfigs.removeCgroups(root);
    }

    @Test
    void runs_commands_as_the_sandbox_user_inside_the_workspace_without_network() {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(
                id,
                "python",
                Instant.now().plusSeconds(60),
                List.of(new WorkspaceFile(
                        "src/main.py", "print('hello from the jail')\n".getBytes(StandardCharsets.UTF_8)))));
        ExecResult result = exec(id, "id -u; hostname; pwd; python3 src/main.py; env | sort; ls /");
        assertThat(result.exitCode()).as(result.stderrText()).isZero();
        assertThat(result.stdoutText())
                .contains("1000\nsandbox\n/workspace\nhello from the jail")
                .contains("HOME=/workspace")
                .doesNotContain("SERVICE_CLIENT_SECRET")
                .doesNotContain("root");
        backend.destroy(id);
        assertThat(Files.exists(root.resolve(id.toString()))).isFalse();
    }

    @Test
    void a_file_larger_than_the_file_size_limit_cannot_be_written() {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "python", Instant.now().plusSeconds(60), List.of()));
        ExecResult filler = exec(id, "dd if=/dev/zero of=huge.bin bs=1M count=200 2>&1; stat -c %s huge.bin");
        System.out.println("OUT[" + filler.stdoutText() + "] ERR[" + filler.stderrText() + "] " + filler.exitCode());
        assertThat(filler.stderrText()).contains("File size limit exceeded");
        assertThat(filler.stdoutText()).endsWith("104857600\n");
        backend.destroy(id);
    }

    @Test
    void destroy_removes_the_sessions_cgroups_and_every_mount_of_it_even_one_another_jail_left() throws Exception {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "python", Instant.now().plusSeconds(60), List.of()));
        assertThat(exec(id, "echo up").stdoutText()).isEqualTo("up\n");
        Path sessionDir = root.resolve(id.toString());
        // What an interrupted isolated run of the session could leave behind: a mount and a cgroup of its own.
        Tmpfs.mount(sessionDir.resolve("isolated/workspace"), 1 << 20, 64, "0755", -1);
        backend.startJail(
                id + "-isolated",
                sessionDir.resolve("workspace"),
                sessionDir.resolve("isolated/io"),
                Instant.now().plusSeconds(30));
        assertThat(mountsUnder(sessionDir)).hasSize(4);
        assertThat(backend.cgroupDirectory("pids", id)).isDirectory();

        backend.destroy(id);
        assertThat(mountsUnder(sessionDir)).isEmpty();
        assertThat(sessionDir).doesNotExist();
        assertThat(backend.cgroupDirectory("pids", id)).doesNotExist();
        assertThat(backend.cgroupDirectory("pids", id).resolveSibling(id + "-isolated"))
                .doesNotExist();
        assertThat(backend.known()).doesNotContain(id);
    }

    @Test
    void stopping_a_sessions_processes_takes_no_wait_for_the_hosts_init() {
        UUID id = UUID.randomUUID();
        backend.create(new SandboxSpec(id, "python", Instant.now().plusSeconds(60), List.of()));
        exec(id, "sleep 100 & sleep 100 & echo started");
        long jail = backend.jailPid(id);
        long started = System.nanoTime();
        backend.stopProcesses(id);
        // The jail's init is killed first and reaped by bubblewrap at once, not orphaned to a slow host init.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(Path.of("/proc", Long.toString(jail))).doesNotExist();
        assertThat(backend.cgroupPids(id)).isEmpty();
        backend.destroy(id);
    }

    @Test
    void a_strict_backend_refuses_to_run_on_a_host_without_cgroups_and_a_lenient_one_warns() throws Exception {
        Path other = Files.createTempDirectory("sandbox-strict-test");
        try {
            assertThatThrownBy(() -> new LocalSandboxBackend(TestConfigs.sandbox(
                            other,
                            Map.of(
                                    "skillslab.sandbox.local.cgroup-root",
                                    other.resolve("no-cgroups").toString()))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("refuses to run jails without their limits");
            LocalSandboxBackend lenient = new LocalSandboxBackend(TestConfigs.sandbox(
                    other,
                    Map.of(
                            "skillslab.sandbox.local.cgroup-root",
                            other.resolve("no-cgroups").toString(),
                            "skillslab.sandbox.local.strict",
                            "false")));
            assertThat(lenient.hardened()).isFalse();
        } finally {
            LocalSandboxBackend.deleteTree(other);
        }
    }

    @Test
    void the_reaper_finds_a_cgroup_left_without_its_session_and_destroy_removes_it() throws Exception {
        UUID orphan = UUID.randomUUID();
        Path workspace = Files.createDirectories(root.resolve(".elsewhere").resolve(orphan.toString()));
        backend.startJail(
                        orphan.toString(),
                        workspace,
                        root.resolve(orphan + "/io"),
                        Instant.now().plusSeconds(30))
                .kill();
        LocalSandboxBackend.deleteTree(root.resolve(".elsewhere"));
        assertThat(backend.cgroupDirectory("pids", orphan)).isDirectory();
        assertThat(backend.known()).contains(orphan);

        backend.destroy(orphan);
        assertThat(backend.cgroupDirectory("pids", orphan)).doesNotExist();
        assertThat(mountsUnder(root.resolve(orphan.toString()))).isEmpty();
        assertThat(backend.known()).doesNotContain(orphan);
    }

    private static List<String> mountsUnder(Path dir) throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                .map(line -> line.split(" ")[4])
                .filter(point -> point.startsWith(dir.toString()))
                .toList();
    }

    private static ExecResult exec(UUID id, String command) {
        return backend.exec(
                id,
                new ExecRequest(
                        List.of("/bin/bash", "-lc", command),
                        null,
                        Duration.ofSeconds(10),
                        65536,
                        Instant.now().plusSeconds(60)));
    }
}
