package ai.smartsuccess.skillslab.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "skillslab")
public interface SandboxConfig {

    Storage storage();

    Sandbox sandbox();

    interface Storage {
        @WithDefault("submissions")
        String submissionsBucket();
    }

    interface Sandbox {
        /** {@code local} (bubblewrap jails on this machine) or {@code kubernetes} (one pod per session). */
        @WithDefault("local")
        String backend();

        Limits limits();

        Admission admission();

        Files files();

        Lifecycle lifecycle();

        Erasure erasure();

        Export export();

        Local local();

        Kubernetes kubernetes();
    }

    /** Deleted accounts: their workspace snapshots in the submissions bucket go. */
    interface Erasure {
        /**
         * How long after the AccountDeleted the snapshots stay: a session submitted just before is still being scored
         * from its final files (assessment-service waits for that score before it finishes its own erasure).
         */
        @WithDefault("30m")
        Duration delay();

        /** Read by the scheduler: how often sessions due for erasure are looked for. */
        @WithDefault("1m")
        String sweepInterval();
    }

    /** The personal data export of a person's files ({@code GET /api/sandbox/export}). */
    interface Export {
        /** At most this much file content (uncompressed) per export; older sessions beyond it are left out whole. */
        @WithDefault("33554432")
        long maxBytes();
    }

    /** What one session may consume. Applied by the jail (rlimits) or the pod (resource limits). */
    interface Limits {
        /** CPU seconds per process (RLIMIT_CPU). */
        @WithDefault("600")
        long cpuSeconds();

        /** Address space per process (RLIMIT_AS). */
        @WithDefault("2147483648")
        long addressSpaceBytes();

        /** Processes of the session at once (RLIMIT_NPROC, counted per jail). */
        @WithDefault("256")
        int processes();

        /** Largest file a process may write (RLIMIT_FSIZE). */
        @WithDefault("104857600")
        long fileSizeBytes();

        @WithDefault("1024")
        int openFiles();

        /** Size of the sandbox's private /tmp. */
        @WithDefault("67108864")
        long tmpBytes();

        /** Size of the sandbox's private /dev/shm (a tmpfs of its own, never the host's). */
        @WithDefault("67108864")
        long shmBytes();

        /**
         * Size of the filesystem holding the workspace (a tmpfs per session on the local backend): writing past it fails
         * with ENOSPC inside the sandbox and nowhere else.
         */
        @WithDefault("536870912")
        long workspaceBytes();

        /**
         * Memory of the whole session (its cgroup): every process, and what they write to the workspace, /tmp and
         * /dev/shm, which are in memory too. Past it the kernel's OOM killer ends a process of that session only.
         */
        @WithDefault("2147483648")
        long memoryBytes();

        /** CPU time of the session as a number of CPUs it may use at most (its cgroup's quota). */
        @WithDefault("1.0")
        double cpus();

        /** Relative CPU share of the session against other sessions when the machine is busy (cgroup v2 weight). */
        @WithDefault("100")
        int cpuWeight();

        /** Wall-clock limit of one run command. */
        @WithDefault("60s")
        Duration runTimeout();

        /** Wall-clock limit of the hidden test suite at finalize. */
        @WithDefault("120s")
        Duration hiddenTestTimeout();

        /** Output kept per stream of a run command; the rest is cut and flagged as truncated. */
        @WithDefault("262144")
        int runOutputBytes();
    }

    /** How many sandboxes, terminals and runs may exist at once; over a limit the caller gets 429 or 503. */
    interface Admission {
        /** Live sandboxes of one user (sessions in state ready, before their deadline). */
        @WithDefault("2")
        int sandboxesPerUser();

        /**
         * Sandboxes this instance holds at once (with the local backend: on this machine). Unset: as many as fit in
         * three quarters of the machine's memory at {@code limits.memory-bytes} each.
         */
        Optional<Integer> maxSandboxes();

        @WithDefault("2")
        int terminalsPerSession();

        /** Run-tab commands of one session running at once. */
        @WithDefault("2")
        int runsPerSession();

        /**
         * Threads that wait for candidates' run commands, apart from the pool that provisions and finalizes (so that
         * those never queue behind runs). Unset: {@code runs-per-session} times the sandbox maximum.
         */
        Optional<Integer> runThreads();

        /** What Retry-After says when a limit refuses a request. */
        @WithDefault("30s")
        Duration retryAfter();
    }

    interface Files {
        @WithDefault("1048576")
        long maxFileBytes();

        @WithDefault("52428800")
        long maxWorkspaceBytes();

        @WithDefault("5000")
        int maxListEntries();

        /** Files larger than this are left out of workspace snapshots (and named in their manifest). */
        @WithDefault("1048576")
        long snapshotMaxFileBytes();

        @WithDefault("52428800")
        long snapshotMaxTotalBytes();

        @WithDefault("2000")
        int snapshotMaxFiles();
    }

    interface Lifecycle {
        /** How often sessions past their deadline are stopped and abandoned ones reaped. */
        @WithDefault("10s")
        Duration sweepInterval();

        /** How often a live workspace is copied to S3, so that a crash loses at most this much work. */
        @WithDefault("60s")
        Duration snapshotInterval();

        /**
         * How long an expired session keeps its workspace for the finalize call that should follow before the reaper
         * destroys it.
         */
        @WithDefault("10m")
        Duration finalizeGrace();

        /**
         * How long after its last finalize attempt began a session still "finalizing" is given up and reaped: a finalize
         * that failed and was never retried (assessment-service stops retrying after 15 minutes) must not keep the
         * sandbox's mounts, cgroup and hidden files for ever.
         */
        @WithDefault("30m")
        Duration stuckFinalizeGrace();

        /**
         * How long a sandbox without a live session must stay so before the reaper removes it; protects sandboxes
         * being created right now (here or by another replica).
         */
        @WithDefault("2m")
        Duration orphanGrace();
    }

    interface Local {
        /** Directory holding one workspace per session. */
        String workspaceRoot();

        @WithDefault("/usr/bin/bwrap")
        String bwrap();

        /** Host uid and gid the jailed processes run as (also their uid inside the jail). */
        @WithDefault("1000")
        int sandboxUid();

        @WithDefault("1000")
        int sandboxGid();

        /** Where the cgroup filesystems are mounted (v2 unified, or one directory per v1 controller). */
        @WithDefault("/sys/fs/cgroup")
        String cgroupRoot();

        /**
         * The cgroup (relative to the hierarchy's root) under which each session gets its own; this service creates
         * and owns it. On cgroup v2 it must be delegated to this service (writable, controllers enabled above it).
         */
        @WithDefault("skillslab-sandboxes")
        String cgroupParent();

        /**
         * Refuse to run jails without their cgroup limits and seccomp filter (production); when false, a host without
         * them only gets a warning (development and tests on machines that lack them).
         */
        @WithDefault("true")
        boolean strict();

        /**
         * A directory of Node packages (React, Vite, Vitest, TypeScript, Express...: the launcher builds it from
         * images/sandbox-runtime/node) that every jail binds read-only at {@code /node_modules}, with
         * {@code /node_modules/.bin} on its PATH: node's resolution, ESM and CommonJS alike, walks up to it from
         * /workspace. Unset: jails have none.
         */
        Optional<String> nodeModules();
    }

    interface Kubernetes {
        @WithDefault("skillslab-sandboxes")
        String namespace();

        /** Pinned by digest ({@code name@sha256:...}) wherever {@link #requireDigest} holds. */
        @WithDefault("ghcr.io/smartsuccess/skillslab-sandbox:latest")
        String image();

        /** Refuse to start with an image named by a tag only, which could change under running sessions. */
        @WithDefault("true")
        boolean requireDigest();

        /**
         * Run sandbox pods in a user namespace of their own ({@code hostUsers: false}): uid 1000 inside is an
         * unprivileged, unmapped uid on the node. Needs Kubernetes 1.30+ and a runtime with idmapped mounts.
         */
        @WithDefault("true")
        boolean userNamespace();

        /** Size of the pod's /dev/shm (memory, counted in the pod's memory limit). */
        @WithDefault("64Mi")
        String shmSizeLimit();

        /** gVisor or Kata, when the cluster offers them. */
        Optional<String> runtimeClassName();

        @WithDefault("1")
        String cpu();

        @WithDefault("2Gi")
        String memory();

        @WithDefault("1Gi")
        String ephemeralStorage();

        @WithDefault("512Mi")
        String workspaceSizeLimit();

        /** Idle pods kept ready so that a session starts without waiting for a pod to schedule. */
        @WithDefault("0")
        int warmPoolSize();

        @WithDefault("60s")
        Duration readyTimeout();
    }
}
