package ai.smartsuccess.skillslab.sandbox.backend.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Where the local backend keeps things: {@code <root>/<assessmentId>/workspace} and {@code io} per session (tmpfs
 * mounts of their own), and the minimal
 * {@code /etc} every jail sees (root-owned, read-only inside, with nothing secret in it).
 */
final class JailLayout {

    private static final String ETC_DIR = ".jail-etc";

    private final Path root;

    JailLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path sessionDir(UUID assessmentId) {
        return root.resolve(assessmentId.toString());
    }

    Path workspace(UUID assessmentId) {
        return sessionDir(assessmentId).resolve("workspace");
    }

    /** The host's files of the session's command input and output (never inside the jail). */
    Path io(UUID assessmentId) {
        return sessionDir(assessmentId).resolve("io");
    }

    Path etc() {
        return root.resolve(ETC_DIR);
    }

    /** Creates the root and writes the jails' /etc. Safe to call again. */
    void prepare(int uid, int gid) {
        try {
            Files.createDirectories(root);
            Path etc = etc();
            Files.createDirectories(etc);
            Files.setPosixFilePermissions(etc, PosixFilePermissions.fromString("rwxr-xr-x"));
            write(
                    etc.resolve("passwd"),
                    "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                            + "sandbox:x:" + uid + ":" + gid + ":sandbox:/workspace:/bin/bash\n"
                            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n");
            write(etc.resolve("group"), "root:x:0:\nsandbox:x:" + gid + ":\nnogroup:x:65534:\n");
            write(etc.resolve("hosts"), "127.0.0.1 localhost sandbox\n::1 localhost ip6-localhost\n");
            write(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files\n");
            write(etc.resolve("hostname"), "sandbox\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the sandbox root " + root, e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
