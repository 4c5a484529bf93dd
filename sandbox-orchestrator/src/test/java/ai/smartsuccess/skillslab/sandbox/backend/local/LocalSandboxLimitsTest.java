package ai.smartsuccess.skillslab.sandbox.backend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hard limits of the local jails with real bubblewrap, cgroups and seccomp: each abuse is contained in its own
 * session, a second session keeps answering within seconds, and the host keeps memory and processes. Small limits so
 * that reaching them is quick: 192 MiB of memory per session, 32 MiB workspace, 16 MiB /dev/shm and /tmp, 64
 * processes, one CPU.
 */
class LocalSandboxLimitsTest {

    static final long MEMORY = 192L << 20;
    static final long WORKSPACE = 32L << 20;
    static final long SHM = 16L << 20;
    static final int PROCESSES = 64;

    static Path root;
    static LocalSandboxBackend backend;

    UUID id;
    UUID neighbour;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("sandbox-limits-test");
        backend = new LocalSandboxBackend(TestConfigs.sandbox(
                root,
                Map.of(
                        "skillslab.sandbox.limits.memory-bytes", Long.toString(MEMORY),
                        "skillslab.sandbox.limits.workspace-bytes", Long.toString(WORKSPACE),
                        "skillslab.sandbox.limits.shm-bytes", Long.toString(SHM),
                        "skillslab.sandbox.limits.tmp-bytes", Long.toString(SHM),
                        "skillslab.sandbox.limits.processes", Integer.toString(PROCESSES),
                        "skillslab.sandbox.limits.file-size-bytes", Long.toString(WORKSPACE * 2))));
        assertThat(backend.hardened()).as("cgroups and seccomp on this machine").isTrue();
    }

    @AfterAll
    static void stop() {
        backend.known().forEach(backend::destroy);
        LocalSandboxBackend.deleteTree(root);
        TestConfigs.removeCgroups(root);
    }

    @BeforeEach
    void sessions() {
        id = create();
        neighbour = create();
    }

    @AfterEach
    void destroy() {
        backend.destroy(id);
        backend.destroy(neighbour);
    }

    @Test
    void the_jail_its_commands_and_its_terminal_run_in_the_sessions_cgroup_with_its_limits() throws Exception {
        Path memory = backend.cgroupDirectory("memory", id);
        Path pids = backend.cgroupDirectory("pids", id);
        if (Files.exists(memory.resolve("memory.limit_in_bytes"))) {
            assertThat(read(memory.resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(MEMORY));
            assertThat(read(backend.cgroupDirectory("cpu", id).resolve("cpu.cfs_quota_us")))
                    .isEqualTo("100000");
        } else {
            assertThat(read(memory.resolve("memory.max"))).isEqualTo(Long.toString(MEMORY));
            assertThat(read(memory.resolve("cpu.max"))).isEqualTo("100000 100000");
        }
        assertThat(read(pids.resolve("pids.max"))).isEqualTo(Integer.toString(PROCESSES));
        assertThat(backend.cgroupPids(id)).contains(backend.jailPid(id));

        CompletableFuture<ExecResult> sleeper = CompletableFuture.supplyAsync(() -> exec(id, "sleep 3; echo done"));
        var terminal = backend.openTerminal(
                id,
                ai.smartsuccess.skillslab.sandbox.backend.TerminalSize.DEFAULT,
                Instant.now().plusSeconds(60));
        try {
            int before = backend.cgroupPids(neighbour).size();
            // The jail's holders, the sleeper's chain and the terminal's shell: all in the session's cgroup.
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> backend.cgroupPids(id).size() >= 6);
            assertThat(backend.cgroupPids(neighbour)).hasSize(before);
            assertThat(sleeper.get().stdoutText()).isEqualTo("done\n");
        } finally {
            terminal.close();
        }
    }

    @Test
    void filling_dev_shm_stops_at_its_size_inside_the_session() {
        ExecResult df = exec(id, "stat -f -c '%T %b %S' /dev/shm /workspace /tmp");
        assertThat(df.stdoutText().lines().toList())
                .containsExactly(
                        "tmpfs " + SHM / 4096 + " 4096",
                        "tmpfs " + WORKSPACE / 4096 + " 4096",
                        "tmpfs " + SHM / 4096 + " 4096");
        ExecResult filler = exec(id, "head -c 100M /dev/zero > /dev/shm/fill; echo rc=$?; du -m /dev/shm/fill");
        assertThat(filler.stderrText()).contains("No space left on device");
        assertThat(filler.stdoutText()).startsWith("rc=1\n16\t");
        assertResponsive(neighbour);
        assertThat(exec(id, "rm /dev/shm/fill && echo freed").stdoutText()).isEqualTo("freed\n");
    }

    @Test
    void filling_the_workspace_stops_with_enospc_and_leaves_the_host_and_the_neighbour_alone() throws Exception {
        ExecResult filler = exec(
                id, "for i in 1 2 3; do head -c 20M /dev/zero > fill$i.bin || echo failed $i; done; du -sm /workspace");
        assertThat(filler.stderrText()).contains("No space left on device");
        assertThat(filler.stdoutText()).contains("failed 2").startsWith("failed 2\nfailed 3\n32\t");
        // The bytes went to the session's own tmpfs, not the host's disk (whose free space other work on a shared
        // machine changes at any time, so it is not compared), and the neighbour writes as before.
        assertThat(exec(id, "stat -f -c '%T %b' /workspace").stdoutText())
                .isEqualTo("tmpfs " + WORKSPACE / 4096 + "\n");
        assertThat(exec(neighbour, "head -c 1M /dev/zero > one.bin && echo written")
                        .stdoutText())
                .isEqualTo("written\n");
        // The full session still runs commands (the io of a command is elsewhere) and frees its space.
        assertThat(exec(id, "ls fill1.bin && rm fill*.bin && echo freed").stdoutText())
                .isEqualTo("fill1.bin\nfreed\n");
    }

    @Test
    void memory_past_the_sessions_limit_is_killed_in_that_session_only() throws Exception {
        long hostAvailable = memAvailable();
        // Several processes, each far below the per-process address-space limit, together past the session's memory.
        ExecResult hog = exec(
                id,
                "for i in 1 2 3 4; do python3 -c 'import time; b = bytearray(80 * 1024 * 1024); time.sleep(5)' & done;"
                        + " wait; echo waited");
        assertThat(hog.stdoutText()).contains("waited");
        assertThat(oomKills(id)).isPositive();
        // tmpfs counts too: the workspace and /dev/shm full, then a process that needs more.
        ExecResult tmpfs = exec(
                id,
                "head -c 31M /dev/zero > w.bin; head -c 15M /dev/zero > /dev/shm/s.bin;"
                        + " python3 -c 'b = bytearray(170 * 1024 * 1024); print(\"allocated\")'; echo rc=$?");
        assertThat(tmpfs.stdoutText()).doesNotContain("allocated").contains("rc=137");
        assertResponsive(neighbour);
        assertThat(memAvailable()).isGreaterThan(Math.min(hostAvailable / 2, 1L << 30));
    }

    @Test
    void a_shell_fork_bomb_and_a_python_fork_loop_are_held_by_the_process_limit() throws Exception {
        CompletableFuture<ExecResult> bomb = CompletableFuture.supplyAsync(() -> exec(id, ":(){ :|:& };:; sleep 4"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> backend.cgroupPids(id).size() >= PROCESSES - 8);
        assertThat(backend.cgroupPids(id).size()).isLessThanOrEqualTo(PROCESSES);
        assertResponsive(neighbour);
        assertThat(new ProcessBuilder("/bin/true").start().waitFor()).isZero();
        bomb.get();
        backend.stopProcesses(id);

        CompletableFuture<ExecResult> loop = CompletableFuture.supplyAsync(() -> exec(
                id,
                "python3 -c 'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass'"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> backend.cgroupPids(id).size() >= PROCESSES - 8);
        assertThat(backend.cgroupPids(id).size()).isLessThanOrEqualTo(PROCESSES);
        assertResponsive(neighbour);
        assertThat(new ProcessBuilder("/bin/true").start().waitFor()).isZero();
        assertThat(loop.get().timedOut()).isTrue();
    }

    @Test
    void the_seccomp_filter_denies_namespaces_io_uring_ptrace_and_keyrings() {
        String python = "import ctypes, os; libc = ctypes.CDLL(None, use_errno=True);"
                + " r = libc.syscall(%s); print('%s', r, os.strerror(ctypes.get_errno()))";
        ExecResult result = exec(
                id,
                "grep Seccomp: /proc/self/status /proc/1/status; unshare -r true; echo unshare=$?;"
                        + " python3 -c \"" + python.formatted("425, 8, 0", "io_uring_setup") + "\";"
                        + " python3 -c \"" + python.formatted("101, 0, 0, 0, 0", "ptrace") + "\";"
                        + " python3 -c \"" + python.formatted("250, 0, 0, 0, 0", "keyctl") + "\";"
                        + " python3 -c \"" + python.formatted("321, 0, 0, 0", "bpf") + "\";"
                        + " python3 -c \"" + python.formatted("272, 0x10000000", "unshare") + "\";"
                        + " python3 -c 'import os; print(\"fork\", os.fork() > 0)'");
        assertThat(result.stdoutText())
                .contains("/proc/self/status:Seccomp:\t2")
                .contains("/proc/1/status:Seccomp:\t2")
                .contains("unshare=1")
                .contains("io_uring_setup -1 Operation not permitted")
                .contains("ptrace -1 Operation not permitted")
                .contains("keyctl -1 Operation not permitted")
                .contains("bpf -1 Operation not permitted")
                .contains("unshare -1 Operation not permitted")
                .contains("fork True");
        assertThat(result.stderrText()).contains("unshare failed: Operation not permitted");
    }

    private static UUID create() {
        UUID session = UUID.randomUUID();
        backend.create(new SandboxSpec(
                session,
                "python",
                Instant.now().plusSeconds(120),
                List.of(new WorkspaceFile("main.py", "print('hi')\n".getBytes(StandardCharsets.UTF_8)))));
        return session;
    }

    /** A command in the other session answers within a few seconds. */
    private static void assertResponsive(UUID session) {
        long started = System.nanoTime();
        ExecResult echo = exec(session, "python3 main.py");
        assertThat(echo.stdoutText()).isEqualTo("hi\n");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private static long oomKills(UUID session) throws IOException {
        Path memory = backend.cgroupDirectory("memory", session);
        Path v1 = memory.resolve("memory.oom_control");
        String events = Files.exists(v1) ? read(v1) : read(memory.resolve("memory.events"));
        return events.lines()
                .filter(line -> line.startsWith("oom_kill "))
                .mapToLong(line -> Long.parseLong(line.substring("oom_kill ".length())))
                .sum();
    }

    private static long memAvailable() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(line -> line.startsWith("MemAvailable:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                        .findFirst()
                        .orElseThrow()
                * 1024;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    private static ExecResult exec(UUID session, String command) {
        return backend.exec(
                session,
                new ExecRequest(
                        List.of("/bin/bash", "-lc", command),
                        null,
                        Duration.ofSeconds(8),
                        65536,
                        Instant.now().plusSeconds(120)));
    }
}
