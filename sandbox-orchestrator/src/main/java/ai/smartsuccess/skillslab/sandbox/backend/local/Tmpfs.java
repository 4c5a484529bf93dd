package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Unmounts every mount at or below {@code dir} in this mount namespace, the deepest first, so that deleting the
     * directory afterwards never reaches into a filesystem that is still mounted.
     */
    static void unmountAllUnder(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        List<Path> mounts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length > 4) {
                    Path point = Path.of(unescape(fields[4]));
                    if (point.startsWith(root)) {
                        mounts.add(point);
                    }
                }
            }
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot read the mount table", e);
        }
        mounts.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path point : mounts) {
            if (!run(List.of("/usr/bin/umount", point.toString()), false)) {
                run(List.of("/usr/bin/umount", "--lazy", point.toString()), true);
            }
        }
    }

    /** mountinfo writes space, tab, newline and backslash in paths as octal escapes. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length()) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
