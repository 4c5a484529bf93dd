package ai.smartsuccess.skillslab.scoring.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a command for real on a set of workspace files: a fresh temporary directory per run, {@code /bin/sh -c}, the
 * sandbox's {@code /usr/bin/python3} (else the one on the PATH) and the {@code node} found on the PATH, a minimal environment and a 60 s limit. Results are kept by the
 * hash of (files, command, interpreters), in memory and under {@code target/calibration-runs/}, so replaying the set
 * again (and a twin, which runs the same commands on the same files) costs nothing.
 */
public final class CommandRunner {

    public static final int TIMEOUT_SECONDS = 60;
    private static final int OUTPUT_CHARS = 200_000;
    private static final String CACHE_VERSION = "1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run gave: its combined stdout and stderr, and the directory it ran in (gone by now). */
    public record Result(int exitCode, long durationMs, boolean timedOut, String output, String workdir) {}

    private final Path cacheDir;
    private final String path;
    private final String interpreters;
    /** The sandbox's Node packages (at /node_modules in a sandbox), for CommonJS code (Express) through NODE_PATH. */
    private final String nodeModules;

    private final Map<String, Result> memory = new ConcurrentHashMap<>();

    public CommandRunner(Path cacheDir) {
        this.cacheDir = cacheDir;
        Set<String> dirs = new LinkedHashSet<>();
        StringBuilder found = new StringBuilder();
        // The sandbox's python3 is the system's (with pytest, FastAPI...: Debian packages), wherever PATH points first.
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        for (String[] probe :
                new String[][] {{python, "-c", "import sys; print(sys.executable)"}, {"node", "-p", "process.execPath"}
                }) {
            String executable = probe(probe);
            if (executable != null) {
                dirs.add(Path.of(executable).getParent().toString());
                found.append(executable).append(' ').append(version(executable)).append(';');
            }
        }
        dirs.add("/usr/local/bin");
        dirs.add("/usr/bin");
        dirs.add("/bin");
        this.path = String.join(File.pathSeparator, dirs);
        this.nodeModules = sandboxNodeModules();
        this.interpreters = found + (nodeModules == null ? "" : "node_modules " + nodeModules + ";");
    }

    /**
     * The sandbox's Node packages as the launcher builds them: {@code SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES}, else
     * {@code $SKILLSLAB_HOME/sandbox-runtime/node_modules} (default home {@code ~/.skillslab}); null when not built.
     */
    private static String sandboxNodeModules() {
        String configured = System.getenv("SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES");
        String home = System.getenv("SKILLSLAB_HOME");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : (home == null || home.isBlank()
                                ? Path.of(System.getProperty("user.home"), ".skillslab")
                                : Path.of(home))
                        .resolve("sandbox-runtime/node_modules");
        try {
            return Files.isDirectory(dir.resolve("express")) ? dir.toRealPath().toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The interpreters the runs use, for the report. */
    public String interpreters() {
        return interpreters;
    }

    public Result run(Map<String, String> files, String command) {
        String key = key(files, command);
        Result cached = memory.get(key);
        if (cached != null) {
            return cached;
        }
        Path stored = cacheDir.resolve(key + ".json");
        if (Files.isRegularFile(stored)) {
            try {
                Result result = JSON.readValue(stored.toFile(), Result.class);
                memory.put(key, result);
                return result;
            } catch (IOException e) {
                // A damaged cache entry is run again.
            }
        }
        Result result = execute(files, command);
        memory.put(key, result);
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, key, ".tmp");
            JSON.writeValue(tmp.toFile(), result);
            Files.move(tmp, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The cache is an optimisation only.
        }
        return result;
    }

    private Result execute(Map<String, String> files, String command) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("skillslab-calibration-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("a workspace path leaves the workspace: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            Path home = Files.createDirectories(dir.resolve(".home"));
            Path log = Files.createTempFile("skillslab-calibration-", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Map<String, String> env = builder.environment();
                env.clear();
                env.put("PATH", path);
                env.put("HOME", home.toString());
                env.put("LANG", "C.UTF-8");
                env.put("PYTHONDONTWRITEBYTECODE", "1");
                env.put("PYTHONHASHSEED", "0");
                env.put("NO_COLOR", "1");
                if (nodeModules != null) {
                    env.put("NODE_PATH", nodeModules);
                }
                long start = System.nanoTime();
                Process process = builder.start();
                boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!finished) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                } else {
                    // A server the command left behind must not outlive the run.
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                }
                long durationMs = (System.nanoTime() - start) / 1_000_000;
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (output.length() > OUTPUT_CHARS) {
                    output = output.substring(0, OUTPUT_CHARS);
                }
                return new Result(finished ? process.exitValue() : 137, durationMs, !finished, output, dir.toString());
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run '" + command + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + command + "'", e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private String key(Map<String, String> files, String command) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, CACHE_VERSION);
            update(digest, interpreters);
            update(digest, command);
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                update(digest, file.getKey());
                update(digest, file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static String probe(String... argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String version(String executable) {
        String v = probe(executable, "--version");
        return v == null ? "?" : v;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
