package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One cgroup per jail under a parent this service owns: memory (the kernel charges tmpfs pages, so the workspace, /tmp
 * and /dev/shm count too), number of processes and CPU. cgroup v2 where {@code <root>} is the unified hierarchy, else
 * v1 with the {@code memory}, {@code pids} and {@code cpu} controllers mounted under {@code <root>/<controller>}.
 *
 * <p>The parent lies at the top of each hierarchy, apart from wherever the service itself runs (a supervisor may keep
 * it in a cgroup of its own), so that removing the service's cgroup never meets sandboxes and vice versa.
 */
final class Cgroups {

    enum Version {
        V1,
        V2,
        NONE
    }

    private static final Logger LOG = Logger.getLogger(Cgroups.class);
    static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu");
    private static final long CPU_PERIOD_US = 100_000;

    private final Version version;
    private final Path root;
    private final String parent;
    private final SandboxConfig.Limits limits;
    private final String unavailableReason;

    private Cgroups(Version version, Path root, String parent, SandboxConfig.Limits limits, String unavailableReason) {
        this.version = version;
        this.root = root;
        this.parent = parent;
        this.limits = limits;
        this.unavailableReason = unavailableReason;
    }

    /** Finds the hierarchy the host offers and creates the parent cgroup in it; {@link Version#NONE} if neither works. */
    static Cgroups detect(Path root, String parent, SandboxConfig.Limits limits) {
        String cleanParent = parent.replaceAll("^/+|/+$", "");
        if (cleanParent.isEmpty() || cleanParent.contains("..")) {
            throw new IllegalArgumentException("skillslab.sandbox.local.cgroup-parent must be a relative cgroup path");
        }
        try {
            if (Files.exists(root.resolve("cgroup.controllers"))) {
                prepareV2(root, cleanParent);
                return new Cgroups(Version.V2, root, cleanParent, limits, null);
            }
            List<String> missing = CONTROLLERS.stream()
                    .filter(c -> !Files.exists(root.resolve(c).resolve("cgroup.procs")))
                    .toList();
            if (!missing.isEmpty()) {
                return none(root, cleanParent, limits, "no cgroup v2 at " + root + " and no v1 controllers " + missing);
            }
            for (String controller : CONTROLLERS) {
                Files.createDirectories(root.resolve(controller).resolve(cleanParent));
            }
            return new Cgroups(Version.V1, root, cleanParent, limits, null);
        } catch (IOException | UncheckedIOException e) {
            return none(root, cleanParent, limits, "cannot create the cgroup " + cleanParent + ": " + e.getMessage());
        }
    }

    private static Cgroups none(Path root, String parent, SandboxConfig.Limits limits, String reason) {
        return new Cgroups(Version.NONE, root, parent, limits, reason);
    }

    /** Creates the parent and enables the three controllers on every level down to it (the root allows that). */
    private static void prepareV2(Path root, String parent) throws IOException {
        String available = read(root.resolve("cgroup.controllers"));
        for (String controller : CONTROLLERS) {
            if (!List.of(available.split("\\s+")).contains(controller)) {
                throw new IOException("the cgroup v2 hierarchy lacks the " + controller + " controller");
            }
        }
        Path dir = root;
        for (Path part : Path.of(parent)) {
            enableControllers(dir);
            dir = dir.resolve(part.toString());
            if (!Files.isDirectory(dir)) {
                Files.createDirectory(dir);
            }
        }
        enableControllers(dir);
    }

    private static void enableControllers(Path dir) throws IOException {
        Path control = dir.resolve("cgroup.subtree_control");
        String enabled = Files.exists(control) ? read(control) : "";
        for (String controller : CONTROLLERS) {
            if (!List.of(enabled.split("\\s+")).contains(controller)) {
                write(control, "+" + controller);
            }
        }
    }

    Version version() {
        return version;
    }

    boolean available() {
        return version != Version.NONE;
    }

    String unavailableReason() {
        return unavailableReason;
    }

    /**
     * Creates the named cgroup if needed and sets its limits. Returns the {@code cgroup.procs} files a process writes
     * its pid to, one per hierarchy, so that it and everything it starts are confined; empty without cgroups.
     */
    List<Path> ensure(String name) {
        checkName(name);
        try {
            return switch (version) {
                case NONE -> List.of();
                case V2 -> {
                    Path dir = createIfAbsent(root.resolve(parent).resolve(name));
                    write(dir.resolve("memory.max"), Long.toString(limits.memoryBytes()));
                    writeIfPresent(dir.resolve("memory.swap.max"), "0");
                    write(dir.resolve("pids.max"), Integer.toString(limits.processes()));
                    write(
                            dir.resolve("cpu.weight"),
                            Integer.toString(Math.max(1, Math.min(10_000, limits.cpuWeight()))));
                    write(dir.resolve("cpu.max"), cpuQuota() + " " + CPU_PERIOD_US);
                    yield List.of(dir.resolve("cgroup.procs"));
                }
                case V1 -> {
                    List<Path> procs = new ArrayList<>();
                    for (String controller : CONTROLLERS) {
                        Path dir = createIfAbsent(v1Dir(controller, name));
                        switch (controller) {
                            case "memory" -> {
                                write(dir.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
                                // With swap accounting, memory+swap gets the same bound: the session never swaps.
                                writeIfPresent(
                                        dir.resolve("memory.memsw.limit_in_bytes"),
                                        Long.toString(limits.memoryBytes()));
                            }
                            case "pids" -> write(dir.resolve("pids.max"), Integer.toString(limits.processes()));
                            default -> {
                                // v1 shares are 1024 for a normal weight of 100.
                                write(
                                        dir.resolve("cpu.shares"),
                                        Long.toString(Math.max(2, limits.cpuWeight() * 1024L / 100)));
                                write(dir.resolve("cpu.cfs_period_us"), Long.toString(CPU_PERIOD_US));
                                String quota = cpuQuota();
                                write(dir.resolve("cpu.cfs_quota_us"), "max".equals(quota) ? "-1" : quota);
                            }
                        }
                        procs.add(dir.resolve("cgroup.procs"));
                    }
                    yield procs;
                }
            };
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot set up the cgroup of " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kills whatever still runs in the cgroups whose name starts with {@code prefix} and removes them. Safe to call
     * for cgroups that do not exist.
     */
    void remove(String prefix) {
        for (String name : names()) {
            if (name.startsWith(prefix)) {
                removeOne(name);
            }
        }
    }

    private void removeOne(String name) {
        List<Path> dirs = switch (version) {
            case NONE -> List.of();
            case V2 -> List.of(root.resolve(parent).resolve(name));
            case V1 -> CONTROLLERS.stream().map(c -> v1Dir(c, name)).toList();
        };
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            killAll(dir);
            // A process that has just died may keep its cgroup busy for a moment.
            for (int attempt = 0; ; attempt++) {
                try {
                    Files.deleteIfExists(dir);
                    break;
                } catch (IOException e) {
                    if (attempt >= 50) {
                        LOG.warnf("cannot remove the cgroup %s: %s", dir, e.getMessage());
                        break;
                    }
                    killAll(dir);
                    sleep(20);
                }
            }
        }
    }

    /** The cgroups of this service's parent, by name. */
    Set<String> names() {
        Path dir = switch (version) {
            case NONE -> null;
            case V2 -> root.resolve(parent);
            case V1 -> root.resolve("pids").resolve(parent);
        };
        Set<String> names = new TreeSet<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(Files::isDirectory)
                    .forEach(child -> names.add(child.getFileName().toString()));
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", dir, e.getMessage());
        }
        return names;
    }

    /** The pids in a cgroup (in the pids hierarchy on v1), for tests and diagnostics. */
    List<Long> pids(String name) {
        Path procs = switch (version) {
            case NONE -> null;
            case V2 -> root.resolve(parent).resolve(name).resolve("cgroup.procs");
            case V1 -> v1Dir("pids", name).resolve("cgroup.procs");
        };
        if (procs == null) {
            return List.of();
        }
        try {
            return read(procs)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .map(Long::parseLong)
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory(String controller, String name) {
        return version == Version.V2 ? root.resolve(parent).resolve(name) : v1Dir(controller, name);
    }

    private Path v1Dir(String controller, String name) {
        return root.resolve(controller).resolve(parent).resolve(name);
    }

    private String cpuQuota() {
        return limits.cpus() > 0 ? Long.toString(Math.max(1000, Math.round(limits.cpus() * CPU_PERIOD_US))) : "max";
    }

    private static void killAll(Path dir) {
        Path kill = dir.resolve("cgroup.kill");
        if (Files.exists(kill)) {
            try {
                write(kill, "1");
                return;
            } catch (IOException e) {
                // fall back to killing each process
            }
        }
        for (int round = 0; round < 50; round++) {
            List<Long> pids;
            try {
                pids = read(dir.resolve("cgroup.procs"))
                        .lines()
                        .filter(l -> !l.isBlank())
                        .map(Long::parseLong)
                        .toList();
            } catch (IOException e) {
                return;
            }
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            sleep(10);
        }
    }

    private static Path createIfAbsent(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // created meanwhile by another start of the same jail
            }
        }
        return dir;
    }

    private static void checkName(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("bad cgroup name " + name);
        }
    }

    private static void writeIfPresent(Path file, String value) {
        if (Files.exists(file)) {
            try {
                write(file, value);
            } catch (IOException e) {
                LOG.debugf("cannot write %s: %s", file, e.getMessage());
            }
        }
    }

    private static void write(Path file, String value) throws IOException {
        Files.writeString(file, value, StandardCharsets.US_ASCII);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return switch (version) {
            case NONE -> "no cgroups (" + unavailableReason + ")";
            case V2 -> String.format(Locale.ROOT, "cgroup v2 %s/%s", root, parent);
            case V1 -> String.format(Locale.ROOT, "cgroup v1 %s/{%s}/%s", root, String.join(",", CONTROLLERS), parent);
        };
    }
}
