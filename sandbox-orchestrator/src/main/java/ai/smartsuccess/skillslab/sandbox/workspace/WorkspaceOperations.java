package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.HelperScripts;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The workspace's files, read and changed by commands inside the session's sandbox (the same on both backends). Running
 * them as the candidate's user inside the sandbox is what makes symlinks and races harmless: the sandbox has nothing
 * else to reach.
 */
@ApplicationScoped
public class WorkspaceOperations {

    private static final Duration OP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LIST_OUTPUT_BYTES = 4 * 1024 * 1024;

    private final SandboxBackend backend;
    private final SandboxConfig.Files limits;
    private final ObjectMapper json;

    WorkspaceOperations(SandboxBackend backend, SandboxConfig config, ObjectMapper json) {
        this.backend = backend;
        this.limits = config.sandbox().files();
        this.json = json;
    }

    /** Files and directories, sorted by path, caches such as {@code __pycache__} left out. */
    public List<WorkspaceEntry> list(UUID id, Instant notAfter) {
        ExecResult result =
                script(id, notAfter, null, LIST_OUTPUT_BYTES, "list", Integer.toString(limits.maxListEntries()));
        List<WorkspaceEntry> entries = new ArrayList<>();
        for (String record : result.stdoutText().split("\0")) {
            // "<d|f> <size> <path>"
            int first = record.indexOf(' ');
            int second = first < 0 ? -1 : record.indexOf(' ', first + 1);
            if (second < 0) {
                continue;
            }
            boolean directory = record.charAt(0) == 'd';
            long size = directory ? 0 : Long.parseLong(record.substring(first + 1, second));
            entries.add(new WorkspaceEntry(record.substring(second + 1), directory ? "directory" : "file", size));
        }
        entries.sort(Comparator.comparing(WorkspaceEntry::path));
        return entries;
    }

    public byte[] read(UUID id, WorkspacePath path, Instant notAfter) {
        long max = limits.maxFileBytes();
        return script(id, notAfter, null, (int) max + 1, "read", path.value(), Long.toString(max))
                .stdout();
    }

    /** Creates or replaces a file (and its parent directories); returns its size. */
    public long write(UUID id, WorkspacePath path, byte[] content, Instant notAfter) {
        if (content.length > limits.maxFileBytes()) {
            throw new WorkspaceException(WorkspaceException.Kind.TOO_LARGE, "larger than the per-file limit");
        }
        script(
                id,
                notAfter,
                content,
                64,
                "write",
                path.value(),
                Integer.toString(content.length),
                Long.toString(limits.maxWorkspaceBytes()));
        return content.length;
    }

    /** Renames a file or directory; returns its new path. */
    public String move(UUID id, WorkspacePath from, WorkspacePath to, Instant notAfter) {
        return script(id, notAfter, null, 4096, "move", from.value(), to.value())
                .stdoutText();
    }

    public void delete(UUID id, WorkspacePath path, Instant notAfter) {
        script(id, notAfter, null, 64, "delete", path.value());
    }

    /** Every regular file within the snapshot limits; what was left out is named with its reason. */
    public Snapshot snapshot(UUID id, Instant notAfter) {
        return scan(id, notAfter, false).snapshot();
    }

    /**
     * The snapshot at finalize, with what in the files would interfere with a test run ({@link FinalSnapshot}). The
     * snapshot script runs isolated from the workspace ({@link HelperScripts}): no file there can change what it reports.
     */
    public FinalSnapshot finalSnapshot(UUID id, Instant notAfter) {
        return scan(id, notAfter, true);
    }

    private FinalSnapshot scan(UUID id, Instant notAfter, boolean integrity) {
        int maxOutput = (int) Math.min(Integer.MAX_VALUE - 16, limits.snapshotMaxTotalBytes() * 2 + 1024 * 1024);
        List<String> args = new ArrayList<>(List.of(
                Long.toString(limits.snapshotMaxFileBytes()),
                Long.toString(limits.snapshotMaxTotalBytes()),
                Integer.toString(limits.snapshotMaxFiles())));
        if (integrity) {
            args.add("scan");
        }
        ExecResult result = backend.exec(
                id,
                new ExecRequest(
                        HelperScripts.python(Scripts.SNAPSHOT, args),
                        null,
                        Duration.ofSeconds(60),
                        maxOutput,
                        notAfter));
        if (result.exitCode() != 0 || result.truncated()) {
            throw new SandboxUnavailableException("the workspace snapshot failed: " + tail(result.stderrText()));
        }
        try {
            ScanOutput output = json.readValue(result.stdout(), ScanOutput.class);
            return new FinalSnapshot(new Snapshot(output.files(), output.skipped()), output.integrity());
        } catch (java.io.IOException e) {
            throw new SandboxUnavailableException("the workspace snapshot was unreadable", e);
        }
    }

    /** What {@code snapshot.py} prints. */
    record ScanOutput(
            List<Snapshot.SnapshotFile> files,
            List<Snapshot.SkippedFile> skipped,
            List<FinalSnapshot.Finding> integrity) {}

    private ExecResult script(UUID id, Instant notAfter, byte[] stdin, int maxOutput, String... args) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", Scripts.WORKSPACE, "workspace"));
        argv.addAll(List.of(args));
        ExecResult result = backend.exec(id, new ExecRequest(argv, stdin, OP_TIMEOUT, maxOutput, notAfter));
        switch (result.exitCode()) {
            case 0:
                return result;
            case 90:
                throw new WorkspaceException(WorkspaceException.Kind.OUTSIDE, "leads outside the workspace");
            case 91:
                throw new WorkspaceException(WorkspaceException.Kind.NOT_FOUND, "does not exist");
            case 92:
                throw new WorkspaceException(
                        WorkspaceException.Kind.WRONG_KIND, "is a directory, or its parent is a file");
            case 93:
                throw new WorkspaceException(WorkspaceException.Kind.TOO_LARGE, "is over the size limit");
            case 94:
                throw new WorkspaceException(WorkspaceException.Kind.EXISTS, "already exists");
            default:
                throw new SandboxUnavailableException("workspace " + args[0] + " failed with " + result.exitCode()
                        + ": " + tail(result.stderrText()));
        }
    }

    static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() <= 2000 ? stripped : stripped.substring(stripped.length() - 2000);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
