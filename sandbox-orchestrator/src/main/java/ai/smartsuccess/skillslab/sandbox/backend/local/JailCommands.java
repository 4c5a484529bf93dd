package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command lines of the local backend. A jail is a bubblewrap sandbox whose only job is to hold the session's
 * namespaces; commands and terminals enter it with nsenter, so they share its network, processes and mounts without
 * paying for a new sandbox each time.
 */
final class JailCommands {

    /** The environment of everything in a jail: nothing from the service, nothing secret. */
    static final Map<String, String> JAIL_ENV = Map.of(
            "HOME", "/workspace",
            "PATH", "/usr/local/bin:/usr/bin:/bin",
            "LANG", "C.UTF-8",
            "USER", "sandbox",
            "LOGNAME", "sandbox",
            "SHELL", "/bin/bash",
            // Caches and history stay out of the workspace, whose content is the candidate's submission.
            "HISTFILE", "/tmp/.bash_history",
            "PYTHONPYCACHEPREFIX", "/tmp/.pycache",
            "npm_config_cache", "/tmp/.npm");

    /**
     * Runs as root in a private mount namespace: binds the workspace and /etc under /mnt, where the unprivileged
     * sandbox user can reach them whatever the permissions above the workspace root, then drops to that user and
     * starts bubblewrap. Arguments come positionally, never spliced into the script.
     */
    private static final String START_SCRIPT = String.join(
            "\n",
            "set -eu",
            "ws=$1; etc=$2; uid=$3; gid=$4; shift 4",
            "mount -t tmpfs -o mode=0755,size=64k skillslab-jail /mnt",
            "mkdir /mnt/workspace /mnt/etc",
            "mount --bind \"$ws\" /mnt/workspace",
            "mount --bind \"$etc\" /mnt/etc",
            // bubblewrap closes its info fd after writing; the holder keeps stdout, so the info goes to a copy of it.
            "exec 3>&1",
            "exec /usr/bin/setpriv --reuid=\"$uid\" --regid=\"$gid\" --clear-groups -- \"$@\"");

    static final String READY = "jail-ready";

    private final SandboxConfig.Limits limits;
    private final SandboxConfig.Local local;

    JailCommands(SandboxConfig.Limits limits, SandboxConfig.Local local) {
        this.limits = limits;
        this.local = local;
    }

    /**
     * Starts a jail over a workspace. It prints bubblewrap's info JSON (with the jail's pid) on stdout, then holds
     * until its lifetime ends or its standard input closes (the service went away).
     */
    List<String> start(Path workspace, Path etc, Duration lifetime, Confinement confinement) {
        List<String> argv = new ArrayList<>(List.of(
                "/usr/bin/unshare",
                "--mount",
                "--propagation",
                "private",
                "/bin/sh",
                "-c",
                START_SCRIPT,
                "jail-start",
                workspace.toString(),
                etc.toString(),
                Integer.toString(local.sandboxUid()),
                Integer.toString(local.sandboxGid())));
        argv.addAll(List.of(
                local.bwrap(),
                "--unshare-all",
                "--unshare-user",
                // Namespaces inside the jail would give its processes capabilities there: no nesting.
                "--disable-userns",
                "--die-with-parent",
                "--new-session",
                "--uid",
                Integer.toString(local.sandboxUid()),
                "--gid",
                Integer.toString(local.sandboxGid()),
                "--hostname",
                "sandbox",
                "--ro-bind",
                "/usr",
                "/usr",
                "--symlink",
                "usr/bin",
                "/bin",
                "--symlink",
                "usr/sbin",
                "/sbin",
                "--symlink",
                "usr/lib",
                "/lib",
                "--symlink",
                "usr/lib64",
                "/lib64",
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                // bubblewrap's /dev/shm would lie on its /dev tmpfs, sized at half the machine's memory.
                "--perms",
                "1777",
                "--size",
                Long.toString(limits.shmBytes()),
                "--tmpfs",
                "/dev/shm",
                "--size",
                Long.toString(limits.tmpBytes()),
                "--tmpfs",
                "/tmp",
                "--ro-bind",
                "/mnt/etc",
                "/etc",
                "--bind",
                "/mnt/workspace",
                "/workspace",
                "--chdir",
                "/workspace",
                "--clearenv"));
        JAIL_ENV.forEach((name, value) -> argv.addAll(List.of("--setenv", name, value)));
        argv.addAll(List.of("--cap-drop", "ALL"));
        if (confinement.seccomp().isPresent()) {
            // bubblewrap loads it last, right before it executes the holder: everything in the jail runs under it.
            argv.addAll(List.of("--seccomp", Integer.toString(SeccompFilter.FD)));
        }
        argv.addAll(List.of(
                "--info-fd",
                "3",
                "--",
                // The holder says "ready" once the jail is fully set up (bubblewrap reports the pid earlier, before
                // the jail's uid and gid maps exist), then waits out the lifetime or the end of its stdin.
                "/bin/sh",
                "-c",
                "echo " + READY + " && exec /usr/bin/timeout -s KILL \"$0\" /usr/bin/cat",
                seconds(lifetime)));
        return confinement.enter(argv);
    }

    /**
     * Enters a running jail as the sandbox user and runs {@code command} there with the session's rlimits; with a
     * timeout, its whole process group is killed when it runs out. The command joins the jail's cgroup before it
     * enters and loads its seccomp program right after.
     */
    List<String> exec(LocalJail jail, List<String> command, Map<String, String> extraEnv, Duration timeout) {
        Confinement confinement = jail.confinement();
        List<String> argv = new ArrayList<>(List.of(
                "/usr/bin/nsenter",
                "--target",
                Long.toString(jail.pid()),
                "--user",
                "--mount",
                "--uts",
                "--ipc",
                "--net",
                "--pid",
                "--cgroup",
                "--root",
                "--wd",
                "--setuid",
                Integer.toString(local.sandboxUid()),
                "--setgid",
                Integer.toString(local.sandboxGid()),
                "--"));
        // The loader sets no_new_privs itself, as setpriv does without it.
        argv.addAll(confinement
                .seccomp()
                .map(SeccompFilter::loader)
                .orElse(List.of("/usr/bin/setpriv", "--no-new-privs", "--")));
        argv.addAll(List.of("/usr/bin/env", "-i"));
        JAIL_ENV.forEach((name, value) -> argv.add(name + "=" + value));
        extraEnv.forEach((name, value) -> argv.add(name + "=" + value));
        argv.addAll(List.of(
                "/usr/bin/prlimit",
                "--cpu=" + limits.cpuSeconds(),
                "--as=" + limits.addressSpaceBytes(),
                "--nproc=" + limits.processes(),
                "--fsize=" + limits.fileSizeBytes(),
                "--nofile=" + limits.openFiles(),
                "--core=0",
                "--"));
        if (timeout != null) {
            argv.addAll(List.of("/usr/bin/timeout", "-s", "KILL", seconds(timeout)));
        }
        argv.addAll(command);
        return confinement.enter(argv);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", Math.max(1, duration.toMillis()) / 1000.0);
    }
}
