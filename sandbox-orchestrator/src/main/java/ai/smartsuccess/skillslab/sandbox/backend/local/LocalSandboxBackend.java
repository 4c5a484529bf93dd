package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
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
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One bubblewrap jail per session on this machine. The jail is long-lived: it holds the session's namespaces until the
 * deadline, and every command and terminal enters it. If it is gone (the candidate killed its holder, the service
 * restarted) the next command starts a new one over the same workspace.
 */
@ApplicationScoped
@Typed(LocalSandboxBackend.class)
public class LocalSandboxBackend implements SandboxBackend {

    public static final String NAME = "local";
    private static final Logger LOG = Logger.getLogger(LocalSandboxBackend.class);
    /** A jail started for a command lives at least this long, even past the session's deadline (finalize). */
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(5);

    private final SandboxConfig.Local local;
    private final JailLayout layout;
    private final JailCommands commands;
    private final ProcessRunner runner;
    private final Map<UUID, LocalJail> jails = new ConcurrentHashMap<>();
    private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

    LocalSandboxBackend(SandboxConfig config) {
        this.local = config.sandbox().local();
        this.layout = new JailLayout(Path.of(local.workspaceRoot()));
        this.commands = new JailCommands(config.sandbox().limits(), local);
        layout.prepare(local.sandboxUid(), local.sandboxGid());
        this.runner = new ProcessRunner(scratchDir(layout.root()));
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
                Files.createDirectory(workspace);
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
        List<String> argv = commands.exec(jail.pid(), request.argv(), request.env(), request.timeout());
        return runner.run(argv, request.stdin(), request.timeout(), request.maxOutputBytes());
    }

    @Override
    public TerminalProcess openTerminal(UUID assessmentId, TerminalSize size, Instant notAfter) {
        LocalJail jail = ensureJail(assessmentId, notAfter);
        List<String> argv = commands.exec(
                jail.pid(),
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
            deleteTree(layout.sessionDir(assessmentId));
        }
    }

    @Override
    public Set<UUID> known() {
        Set<UUID> ids = new HashSet<>(jails.keySet());
        try (Stream<Path> dirs = Files.list(layout.root())) {
            dirs.map(dir -> dir.getFileName().toString())
                    .filter(name -> name.length() == 36 && !name.startsWith("."))
                    .forEach(name -> {
                        try {
                            ids.add(UUID.fromString(name));
                        } catch (IllegalArgumentException ignored) {
                            // not a session directory
                        }
                    });
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", layout.root(), e.getMessage());
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
            jail = LocalJail.start(commands.start(workspace, layout.etc(), Duration.between(now, until)), until);
            jails.put(id, jail);
            return jail;
        }
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

    private static Path scratchDir(Path root) {
        Path scratch = root.resolve(".scratch");
        deleteTree(scratch);
        try {
            Files.createDirectories(scratch);
            Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scratch;
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
