package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running jail: the bubblewrap process that holds a session's namespaces, and the pid (in the host's view) of the
 * jail's init, which commands enter.
 */
final class LocalJail {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process holder;
    private final long pid;
    private final Instant notAfter;
    private final Confinement confinement;

    private LocalJail(Process holder, long pid, Instant notAfter, Confinement confinement) {
        this.holder = holder;
        this.pid = pid;
        this.notAfter = notAfter;
        this.confinement = confinement;
    }

    /** Starts a jail from {@link JailCommands#start}'s command line, made with the same {@code confinement}. */
    static LocalJail start(List<String> argv, Instant notAfter, Confinement confinement) {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot start bubblewrap", e);
        }
        // A jail that does not stand in time is killed, which also ends the blocking read below.
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture.delayedExecutor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> {
                    if (!started.get()) {
                        process.destroyForcibly();
                    }
                });
        try {
            long pid = readChildPid(process);
            started.set(true);
            return new LocalJail(process, pid, notAfter, confinement);
        } catch (IOException | RuntimeException e) {
            String stderr = drain(process);
            process.destroyForcibly();
            throw new SandboxUnavailableException("the jail did not start: " + stderr.strip(), e);
        }
    }

    long pid() {
        return pid;
    }

    Instant notAfter() {
        return notAfter;
    }

    /** The cgroup and seccomp program of the jail, which every process entering it takes on too. */
    Confinement confinement() {
        return confinement;
    }

    boolean isAlive() {
        return holder.isAlive() && Files.exists(Path.of("/proc", Long.toString(pid)));
    }

    /**
     * Kills the jail: its init first, whereupon the kernel kills every process in its pid namespace (those that entered
     * it too) and the bubblewrap monitor reaps the init and exits; then the monitor, in case it is still there. Killed
     * the other way round, the init would be orphaned and wait for the host's init to reap it, which takes seconds on
     * some hosts. Returns once the jail's init is gone.
     */
    void kill() {
        // Only while it is still the monitor's child: a pid that was reaped may belong to another process by now.
        ProcessHandle.of(pid)
                .filter(init -> init.parent().map(ProcessHandle::pid).orElse(-1L) == holder.pid())
                .ifPresent(ProcessHandle::destroyForcibly);
        try {
            holder.waitFor(2, TimeUnit.SECONDS);
            holder.destroyForcibly();
            holder.waitFor(5, TimeUnit.SECONDS);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (Files.exists(Path.of("/proc", Long.toString(pid))) && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bubblewrap writes {"child-pid": N, ...} on its info fd (stdout here) once the jail stands. */
    private static long readChildPid(Process process) throws IOException {
        InputStream out = process.getInputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int depth = 0;
        boolean seenOpen = false;
        while (true) {
            int b = out.read();
            if (b < 0) {
                throw new IOException("bubblewrap ended before the jail stood");
            }
            buffer.write(b);
            if (b == '{') {
                depth++;
                seenOpen = true;
            } else if (b == '}') {
                depth--;
            }
            if (seenOpen && depth == 0) {
                JsonNode info = JSON.readTree(buffer.toString(StandardCharsets.UTF_8));
                awaitReady(out);
                return info.path("child-pid").asLong();
            }
        }
    }

    /** The holder prints its marker line once the jail is set up and commands may enter it. */
    private static void awaitReady(InputStream out) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = out.read();
            if (b < 0) {
                throw new IOException("the jail ended before it was ready");
            }
            if (b == '\n') {
                if (line.toString().strip().equals(JailCommands.READY)) {
                    return;
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }

    private static String drain(Process process) {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
            return new String(process.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
