package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.Map;

/** The service's configuration mapping built without Quarkus, for tests and tools that use the backend directly. */
public final class TestConfigs {

    public static SandboxConfig sandbox(Path workspaceRoot, Map<String, String> overrides) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withMapping(SandboxConfig.class)
                // Quarkus's converter, so that "60s" reads as it does in the service.
                .withConverter(java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withDefaultValue("skillslab.sandbox.local.workspace-root", workspaceRoot.toString())
                // Cgroups of their own, apart from the running platform's and other test runs'.
                .withDefaultValue("skillslab.sandbox.local.cgroup-parent", cgroupParent(workspaceRoot));
        // The Node packages the launcher built, bound at /node_modules as the running service does.
        nodeModules()
                .ifPresent(dir -> builder.withDefaultValue("skillslab.sandbox.local.node-modules", dir.toString()));
        overrides.forEach(builder::withDefaultValue);
        SmallRyeConfig config = builder.build();
        return config.getConfigMapping(SandboxConfig.class);
    }

    /**
     * The sandboxes' Node packages as the launcher builds them ({@code ensure_sandbox_node_modules}, run by
     * {@code ./skillslab up} and {@code test}): {@code SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES}, else
     * {@code $SKILLSLAB_HOME/sandbox-runtime/node_modules} (default home {@code ~/.skillslab}), resolved.
     */
    public static java.util.Optional<Path> nodeModules() {
        String configured = System.getenv("SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES");
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Path.of(configured);
        } else {
            String home = System.getenv("SKILLSLAB_HOME");
            dir = (home == null || home.isBlank()
                            ? Path.of(System.getProperty("user.home"), ".skillslab")
                            : Path.of(home))
                    .resolve("sandbox-runtime/node_modules");
        }
        try {
            return java.nio.file.Files.isDirectory(dir.resolve("react"))
                    ? java.util.Optional.of(dir.toRealPath())
                    : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@link #nodeModules()}, which the test needs: a clear failure without it. */
    public static Path requireNodeModules() {
        return nodeModules()
                .orElseThrow(() -> new AssertionError("the sandboxes' Node packages are not built: run ./skillslab up"
                        + " (its ensure_sandbox_node_modules step) or set SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES"));
    }

    public static String cgroupParent(Path workspaceRoot) {
        return "skillslab-sandboxes-test-" + workspaceRoot.getFileName();
    }

    /** Removes a test's cgroup parent (its sessions' cgroups must be gone). */
    public static void removeCgroups(Path workspaceRoot) {
        removeCgroupParent(cgroupParent(workspaceRoot));
    }

    public static void removeCgroupParent(String parent) {
        for (String controller : Cgroups.CONTROLLERS) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of("/sys/fs/cgroup", controller, parent));
            } catch (java.io.IOException ignored) {
                // not there, or not v1
            }
        }
        try {
            java.nio.file.Files.deleteIfExists(Path.of("/sys/fs/cgroup", parent));
        } catch (java.io.IOException ignored) {
            // not there, or not v2
        }
    }

    private TestConfigs() {}
}
