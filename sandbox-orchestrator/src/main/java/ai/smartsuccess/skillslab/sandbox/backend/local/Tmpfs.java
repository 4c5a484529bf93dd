package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Size-limited tmpfs mounts on the host for a session's workspace and io files: writing past the size fails with ENOSPC
 * there and nowhere else, the bytes never reach the disk of the platform's data, and the kernel charges each page to
 * the cgroup of the process that wrote it (the session's). Mounted in the host's mount namespace, so that they outlive
 * a jail and a restart of this service; {@link #unmount} at destroy.
 */
final class Tmpfs {

    private Tmpfs() {}

    /**
     * Mounts a tmpfs at {@code dir} (created if missing) unless one is there already.
     *
     * @param owner uid and gid of its root directory, or -1 for root
     */
    static void mount(Path dir, long sizeBytes, long inodes, String mode, int owner) {
        try {
            Files.createDirectories(dir);
            if (isMountPoint(dir)) {
                return;
            }
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot create " + dir, e);
        }
        String options = "size=" + sizeBytes + ",nr_inodes=" + inodes + ",mode=" + mode + ",nosuid,nodev"
                + (owner >= 0 ? ",uid=" + owner + ",gid=" + owner : "");
        run(List.of("/usr/bin/mount", "-t", "tmpfs", "-o", options, "skillslab-sandbox", dir.toString()), true);
    }

    /** Unmounts what is mounted at {@code dir}, lazily if something still holds it. Nothing mounted is fine. */
    static void unmount(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !isMountPoint(dir)) {
            return;
        }
        if (!run(List.of("/usr/bin/umount", dir.toString()), false)) {
            run(List.of("/usr/bin/umount", "--lazy", dir.toString()), true);
        }
    }

    /** A directory on another device than its parent's is a mount point (a bind of the same device never is here). */
    static boolean isMountPoint(Path dir) {
        try {
            Object own = Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object parent = Files.getAttribute(dir.getParent(), "unix:dev", LinkOption.NOFOLLOW_LINKS);
            return !own.equals(parent);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(List<String> argv, boolean required) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(argv)).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            boolean ok = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            if (!ok && required) {
                throw new SandboxUnavailableException(
                        argv.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8).strip());
            }
            return ok;
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot run " + argv.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while running " + argv.get(0), e);
        }
    }
}
