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

        Files files();

        Lifecycle lifecycle();

        Local local();

        Kubernetes kubernetes();
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
    }

    interface Kubernetes {
        @WithDefault("skillslab-sandboxes")
        String namespace();

        @WithDefault("ghcr.io/smartsuccess/skillslab-sandbox:latest")
        String image();

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
