package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a host command line to completion. Output goes to files rather than pipes: a background process that keeps the
 * output open cannot hold the caller, and a flood of output costs only what the jail's file-size limit allows, in the
 * jail's own io directory (a tmpfs whose pages count against the jail's memory).
 */
final class ProcessRunner {

    /** Exit status of a process killed by SIGKILL, as a shell reports it. */
    static final int KILLED = 137;

    /** Extra time the host gives the jail's own timeout before it kills the command itself. */
    private static final Duration BACKSTOP = Duration.ofSeconds(5);

    /** Runs {@code argv} with its input and output in files under {@code scratch}. */
    ExecResult run(Path scratch, List<String> argv, byte[] stdin, Duration timeout, int maxOutputBytes) {
        Path in = null;
        Path out = null;
        Path err = null;
        long started = System.nanoTime();
        try {
            in = Files.createTempFile(scratch, "in", ".bin");
            out = Files.createTempFile(scratch, "out", ".bin");
            err = Files.createTempFile(scratch, "err", ".bin");
            Files.write(in, stdin);
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // The service's environment (with its secrets) never reaches a sandbox, not even for an instant.
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
            Process process = builder.start();
            boolean backstopKilled = false;
            if (!process.waitFor(timeout.plus(BACKSTOP).toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                backstopKilled = true;
                process.waitFor(5, TimeUnit.SECONDS);
            }
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            int exitCode = backstopKilled ? KILLED : process.exitValue();
            boolean timedOut = backstopKilled || (exitCode == KILLED && durationMs >= timeout.toMillis());
            byte[] stdout = head(out, maxOutputBytes);
            byte[] stderr = head(err, maxOutputBytes);
            boolean truncated = Files.size(out) > maxOutputBytes || Files.size(err) > maxOutputBytes;
            return new ExecResult(exitCode, stdout, stderr, durationMs, timedOut, truncated);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + argv.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + argv.get(0), e);
        } finally {
            deleteQuietly(in);
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Kills a process and everything it started that is still its descendant (by pid: pty4j has no handles). */
    static void killTree(Process process) {
        try {
            ProcessHandle.of(process.pid())
                    .ifPresent(handle -> handle.descendants().forEach(ProcessHandle::destroyForcibly));
        } catch (UnsupportedOperationException ignored) {
            // No pid: the kill below still ends the process itself.
        }
        process.destroyForcibly();
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return stream.readNBytes(max);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover scratch file is removed with the scratch directory at the next start.
            }
        }
    }
}
