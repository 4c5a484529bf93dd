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
        overrides.forEach(builder::withDefaultValue);
        SmallRyeConfig config = builder.build();
        return config.getConfigMapping(SandboxConfig.class);
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
