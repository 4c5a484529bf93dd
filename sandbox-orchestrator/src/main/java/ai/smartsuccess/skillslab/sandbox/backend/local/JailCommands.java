package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command lines of the local backend. A jail is a bubblewrap sandbox whose only job is to hold the session's
 * namespaces; commands and terminals enter it with nsenter, so they share its network, processes and mounts without
 * paying for a new sandbox each time.
 */
final class JailCommands {

    /** Where a jail sees the platform's Node packages, when it has them ({@code skillslab.sandbox.local.node-modules}). */
    static final String NODE_MODULES = "/node_modules";

    static final String PATH = "/usr/local/bin:/usr/bin:/bin";

    /**
     * WebAssembly in node reserves about 10 GB of address space per memory by default, far past the jail's RLIMIT_AS:
     * Vite, Vitest and Rollup load WebAssembly modules. This flag (node 20.15+) makes V8 check bounds instead.
     */
    static final String NODE_WASM_OPTION = "--disable-wasm-trap-handler";

    /** The environment of everything in a jail: nothing from the service, nothing secret. */
    static Map<String, String> jailEnv(boolean nodeModules) {
        return jailEnv(nodeModules, false);
    }

    static Map<String, String> jailEnv(boolean nodeModules, boolean nodeWasmOption) {
        Map<String, String> env = new LinkedHashMap<>();
        if (nodeWasmOption) {
            env.put("NODE_OPTIONS", NODE_WASM_OPTION);
        }
        env.put("HOME", "/workspace");
        // The packages' commands (vitest, vite, tsc...) come after the system's: they never replace node or python3.
        env.put("PATH", nodeModules ? PATH + ":" + NODE_MODULES + "/.bin" : PATH);
        env.put("LANG", "C.UTF-8");
        env.put("USER", "sandbox");
        env.put("LOGNAME", "sandbox");
        env.put("SHELL", "/bin/bash");
        // Caches and history stay out of the workspace, whose content is the candidate's submission.
        env.put("HISTFILE", "/tmp/.bash_history");
        env.put("PYTHONPYCACHEPREFIX", "/tmp/.pycache");
        env.put("npm_config_cache", "/tmp/.npm");
        return Map.copyOf(env);
    }

    /**
     * Runs as root in a private mount namespace: binds the workspace and /etc under /mnt, where the unprivileged
     * sandbox user can reach them whatever the permissions above the workspace root, then drops to that user and
     * starts bubblewrap. Arguments come positionally, never spliced into the script.
     */
    private static final String START_SCRIPT = String.join(
            "\n",
            "set -eu",
            "ws=$1; etc=$2; uid=$3; gid=$4; modules=$5; shift 5",
            "mount -t tmpfs -o mode=0755,size=64k skillslab-jail /mnt",
            "mkdir /mnt/workspace /mnt/etc",
            "mount --bind \"$ws\" /mnt/workspace",
            "mount --bind \"$etc\" /mnt/etc",
            // The platform's Node packages, read-only from here on (bubblewrap binds them read-only again).
            "if [ -n \"$modules\" ]; then",
            "  mkdir /mnt/node_modules",
            "  mount --bind \"$modules\" /mnt/node_modules",
            "  mount -o remount,bind,ro /mnt/node_modules",
            "fi",
            // bubblewrap closes its info fd after writing; the holder keeps stdout, so the info goes to a copy of it.
            "exec 3>&1",
            "exec /usr/bin/setpriv --reuid=\"$uid\" --regid=\"$gid\" --clear-groups -- \"$@\"");

    static final String READY = "jail-ready";

    private final SandboxConfig.Limits limits;
    private final SandboxConfig.Local local;
    private final Optional<String> nodeModules;
    private final Map<String, String> env;

    JailCommands(SandboxConfig.Limits limits, SandboxConfig.Local local) {
        this.limits = limits;
        this.local = local;
        this.nodeModules = local.nodeModules().filter(dir -> !dir.isBlank());
        this.env = jailEnv(nodeModules.isPresent(), nodeAccepts(NODE_WASM_OPTION));
    }

    /** Whether this machine's node (the one jails see under /usr) starts with {@code option}. */
    static boolean nodeAccepts(String option) {
        Path node = Path.of("/usr/bin/node");
        if (!java.nio.file.Files.isExecutable(node)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(node.toString(), option, "-e", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What every process of a jail gets as its environment. */
    Map<String, String> env() {
        return env;
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
                Integer.toString(local.sandboxGid()),
                nodeModules.orElse("")));
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
                "/workspace"));
        if (nodeModules.isPresent()) {
            argv.addAll(List.of("--ro-bind", "/mnt/node_modules", NODE_MODULES));
        }
        argv.addAll(List.of("--chdir", "/workspace", "--clearenv"));
        env.forEach((name, value) -> argv.addAll(List.of("--setenv", name, value)));
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
        env.forEach((name, value) -> argv.add(name + "=" + value));
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
