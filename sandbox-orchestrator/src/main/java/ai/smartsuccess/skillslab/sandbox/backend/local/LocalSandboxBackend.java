package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.IsolatedRun;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One bubblewrap jail per session on this machine. The jail is long-lived: it holds the session's namespaces until the
 * deadline, and every command and terminal enters it. If it is gone (the candidate killed its holder, the service
 * restarted) the next command starts a new one over the same workspace.
 *
 * <p>Hard limits: each session has a cgroup of its own (memory with its tmpfs files, processes, CPU), its workspace
 * and io files on size-limited tmpfs mounts, and a seccomp filter; every jail starts through {@link #startJail}, which
 * applies them all, and every command entering it joins the same cgroup and filter.
 */
@ApplicationScoped
@Typed(LocalSandboxBackend.class)
public class LocalSandboxBackend implements SandboxBackend {

    public static final String NAME = "local";
    private static final Logger LOG = Logger.getLogger(LocalSandboxBackend.class);
    /** A jail started for a command lives at least this long, even past the session's deadline (finalize). */
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(5);
    /** Files and directories a workspace may hold (the file API lists at most 5000); bounds the tmpfs's inodes. */
    private static final long WORKSPACE_INODES = 65_536;

    private static final long IO_INODES = 4_096;

    private final SandboxConfig.Local local;
    private final SandboxConfig.Limits limits;
    private final JailLayout layout;
    private final JailCommands commands;
    private final ProcessRunner runner;
    private final Cgroups cgroups;
    private final Optional<SeccompFilter> seccomp;
    private final Map<UUID, LocalJail> jails = new ConcurrentHashMap<>();
    private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

    LocalSandboxBackend(SandboxConfig config) {
        this.local = config.sandbox().local();
        this.limits = config.sandbox().limits();
        this.layout = new JailLayout(Path.of(local.workspaceRoot()));
        local.nodeModules().filter(dir -> !dir.isBlank()).ifPresent(dir -> {
            // Every jail binds it: a wrong path would fail each of them, so the service does not start.
            if (!Path.of(dir).isAbsolute() || !Files.isDirectory(Path.of(dir))) {
                throw new IllegalStateException(
                        "skillslab.sandbox.local.node-modules is not an absolute path to a directory: " + dir);
            }
        });
        this.commands = new JailCommands(limits, local);
        layout.prepare(local.sandboxUid(), local.sandboxGid());
        this.runner = new ProcessRunner();
        this.cgroups = Cgroups.detect(Path.of(local.cgroupRoot()), local.cgroupParent(), limits);
        this.seccomp = SeccompFilter.generate(layout.root().resolve(".jail"));
        List<String> missing = new ArrayList<>();
        if (!cgroups.available()) {
            missing.add(cgroups.unavailableReason());
        }
        if (seccomp.isEmpty()) {
            missing.add("no seccomp program (python3-seccomp and perl are needed)");
        }
        if (!missing.isEmpty() && local.strict()) {
            throw new IllegalStateException("the local sandbox backend refuses to run jails without their limits: "
                    + String.join("; ", missing));
        }
        missing.forEach(problem -> LOG.warnf("local jails run WITHOUT a hard limit: %s", problem));
        LOG.infof(
                "local jails: %s; seccomp %s; /node_modules %s",
                cgroups,
                seccomp.map(filter -> "program sha256 " + filter.sha256()).orElse("off"),
                local.nodeModules().filter(dir -> !dir.isBlank()).orElse("none"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String create(SandboxSpec spec) {
        UUID id = spec.assessmentId();
        synchronized (lock(id)) {
            destroy(id);
            Path workspace = layout.workspace(id);
            try {
                Files.createDirectories(layout.sessionDir(id));
                Tmpfs.mount(workspace, limits.workspaceBytes(), WORKSPACE_INODES, "0755", local.sandboxUid());
                own(workspace);
                // No process of the session runs yet, so writing from the host cannot be raced by a planted symlink.
                for (WorkspaceFile file : spec.files()) {
                    writeStarterFile(workspace, file);
                }
            } catch (IOException e) {
                throw new SandboxUnavailableException("cannot prepare the workspace", e);
            }
            ensureJail(id, spec.deadline());
            return "jail-" + id;
        }
    }

    @Override
    public ExecResult exec(UUID assessmentId, ExecRequest request) {
        LocalJail jail = ensureJail(assessmentId, request.notAfter());
        List<String> argv = commands.exec(jail, request.argv(), request.env(), request.timeout());
        return runner.run(jail.confinement().io(), argv, request.stdin(), request.timeout(), request.maxOutputBytes());
    }

    @Override
    public TerminalProcess openTerminal(UUID assessmentId, TerminalSize size, Instant notAfter) {
        LocalJail jail = ensureJail(assessmentId, notAfter);
        List<String> argv = commands.exec(
                jail,
                List.of("/bin/bash", "-l"),
                Map.of("TERM", "xterm-256color", "PS1", "\\[\\e[32m\\]sandbox\\[\\e[0m\\]:\\w$ "),
                null);
        return LocalTerminal.start(argv, size);
    }

    @Override
    public void stopProcesses(UUID assessmentId) {
        synchronized (lock(assessmentId)) {
            LocalJail jail = jails.remove(assessmentId);
            if (jail != null) {
                jail.kill();
            }
        }
    }

    @Override
    public void destroy(UUID assessmentId) {
        synchronized (lock(assessmentId)) {
            stopProcesses(assessmentId);
            cgroups.remove(assessmentId.toString());
            Path sessionDir = layout.sessionDir(assessmentId);
            // The workspace and io, and whatever another jail of the session left mounted there.
            Tmpfs.unmountAllUnder(sessionDir);
            deleteTree(sessionDir);
        }
    }

    @Override
    public Set<UUID> known() {
        Set<UUID> ids = new HashSet<>(jails.keySet());
        List<String> names = new ArrayList<>(cgroups.names());
        try (Stream<Path> dirs = Files.list(layout.root())) {
            dirs.forEach(dir -> names.add(dir.getFileName().toString()));
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", layout.root(), e.getMessage());
        }
        // A session's directory and cgroups are named by its id, possibly with a suffix (another jail of it).
        for (String name : names) {
            if (name.length() >= 36 && !name.startsWith(".")) {
                try {
                    ids.add(UUID.fromString(name.substring(0, 36)));
                } catch (IllegalArgumentException ignored) {
                    // not a session's
                }
            }
        }
        return ids;
    }

    /** Whether the session's jail is up right now (for tests and the benchmark). */
    public boolean isRunning(UUID assessmentId) {
        LocalJail jail = jails.get(assessmentId);
        return jail != null && jail.isAlive();
    }

    /** The host's view of the jail's init, or -1. */
    public long jailPid(UUID assessmentId) {
        LocalJail jail = jails.get(assessmentId);
        return jail != null && jail.isAlive() ? jail.pid() : -1;
    }

    public Path workspaceDirectory(UUID assessmentId) {
        return layout.workspace(assessmentId);
    }

    /** The pids in the session's cgroup (empty without cgroups), for tests and the benchmark. */
    public List<Long> cgroupPids(UUID assessmentId) {
        return cgroups.pids(assessmentId.toString());
    }

    /** Whether jails run with their cgroup limits and seccomp filter on this machine. */
    public boolean hardened() {
        return cgroups.available() && seccomp.isPresent();
    }

    /** The cgroup directory of a session for one controller (the same for all on cgroup v2). */
    Path cgroupDirectory(String controller, UUID assessmentId) {
        return cgroups.directory(controller, assessmentId.toString());
    }

    @PreDestroy
    void stopAll() {
        jails.keySet().forEach(this::stopProcesses);
    }

    private LocalJail ensureJail(UUID id, Instant notAfter) {
        synchronized (lock(id)) {
            LocalJail jail = jails.get(id);
            if (jail != null && jail.isAlive()) {
                return jail;
            }
            if (jail != null) {
                jail.kill();
                jails.remove(id);
            }
            Path workspace = layout.workspace(id);
            if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
                throw new SandboxUnavailableException("the session's workspace is gone");
            }
            Instant now = Instant.now();
            Instant until = notAfter.isBefore(now.plus(MIN_LIFETIME)) ? now.plus(MIN_LIFETIME) : notAfter;
            jail = startJail(id.toString(), workspace, layout.io(id), until);
            jails.put(id, jail);
            return jail;
        }
    }

    /**
     * Starts a jail over {@code workspace} in the cgroup {@code name} (created with the session limits if needed), with
     * the seccomp filter, a sized /dev/shm and /tmp, and its command io on a tmpfs at {@code io}. Every jail of this
     * backend starts here. Name a session's other jails {@code <assessmentId>-<suffix>}: the reaper then finds them.
     */
    LocalJail startJail(String name, Path workspace, Path io, Instant until) {
        Tmpfs.mount(io, limits.memoryBytes(), IO_INODES, "0700", -1);
        Confinement confinement = new Confinement(name, cgroups.ensure(name), seccomp, io);
        Duration lifetime = Duration.between(Instant.now(), until);
        return LocalJail.start(commands.start(workspace, layout.etc(), lifetime, confinement), until, confinement);
    }

    /**
     * A jail of its own, started like every jail here ({@link #startJail}: the session's limits, the seccomp filter), in
     * a cgroup named {@code <assessmentId>-isolated}, over a new workspace: a sized tmpfs whose root belongs to root and
     * is sticky (1777), so that the candidate's processes may add files and change their own but never move, replace or
     * change the platform's (root's, read-only). The files are written from the host before any process runs there, so
     * nothing planted can redirect them.
     */
    @Override
    public ExecResult runIsolated(UUID assessmentId, IsolatedRun run) {
        String name = assessmentId + "-isolated";
        Path dir = layout.sessionDir(assessmentId).resolve("isolated");
        Path workspace = dir.resolve("workspace");
        Path io = dir.resolve("io");
        ExecRequest request = run.request();
        LocalJail jail = null;
        // Whatever an interrupted earlier run left there goes first.
        removeIsolated(name, dir, workspace, io);
        try {
            Files.createDirectories(dir);
            Tmpfs.mount(workspace, limits.workspaceBytes(), WORKSPACE_INODES, "1777", -1);
            for (WorkspaceFile file : run.files()) {
                writeStarterFile(workspace, file);
            }
            for (WorkspaceFile file : run.platformFiles()) {
                writePlatformFile(workspace, file);
            }
            jail = startJail(
                    name, workspace, io, Instant.now().plus(request.timeout()).plus(MIN_LIFETIME));
            List<String> argv = commands.exec(jail, request.argv(), request.env(), request.timeout());
            return runner.run(
                    jail.confinement().io(), argv, request.stdin(), request.timeout(), request.maxOutputBytes());
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot prepare an isolated workspace", e);
        } finally {
            if (jail != null) {
                endQuickly(jail);
            }
            removeIsolated(name, dir, workspace, io);
        }
    }

    private void removeIsolated(String name, Path dir, Path workspace, Path io) {
        cgroups.remove(name);
        Tmpfs.unmount(io);
        Tmpfs.unmount(workspace);
        deleteTree(dir);
    }

    /**
     * Ends a jail by its init first: bubblewrap reaps it at once and exits. Killed the other way round, the orphaned init
     * waits for the host's init to reap it, which takes seconds on some hosts.
     */
    private static void endQuickly(LocalJail jail) {
        ProcessHandle.of(jail.pid()).ifPresent(ProcessHandle::destroyForcibly);
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        try {
            while (jail.isAlive() && System.nanoTime() < until) {
                Thread.sleep(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jail.kill();
    }

    /** A file of the platform's: it and the directories made for it belong to root and are read-only to the jail. */
    private static void writePlatformFile(Path workspace, WorkspaceFile file) throws IOException {
        WorkspacePath path = WorkspacePath.parse(file.path());
        Path target = workspace.resolve(path.value()).normalize();
        if (!target.startsWith(workspace)) {
            throw new IOException("platform file outside the workspace: " + path);
        }
        Path parent = target.getParent();
        for (Path dir = workspace; !dir.equals(parent); ) {
            dir = dir.resolve(parent.getName(dir.getNameCount()));
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.write(target, file.content());
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private Object lock(UUID id) {
        return locks.computeIfAbsent(id, ignored -> new Object());
    }

    private void writeStarterFile(Path workspace, WorkspaceFile file) throws IOException {
        WorkspacePath path = WorkspacePath.parse(file.path());
        Path target = workspace.resolve(path.value()).normalize();
        if (!target.startsWith(workspace)) {
            throw new IOException("starter file outside the workspace: " + path);
        }
        Path parent = target.getParent();
        for (Path dir = workspace; !dir.equals(parent); ) {
            dir = dir.resolve(parent.getName(dir.getNameCount()));
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
                own(dir);
            }
        }
        Files.write(target, file.content());
        own(target);
    }

    /** Makes a file or directory the sandbox user's, so the candidate can change what the task gave them. */
    private void own(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", local.sandboxUid(), LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", local.sandboxGid(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Deletes a tree without following symlinks (a link is removed, never its target). */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warnf("cannot delete %s completely: %s", root, e.getMessage());
        }
    }
}
