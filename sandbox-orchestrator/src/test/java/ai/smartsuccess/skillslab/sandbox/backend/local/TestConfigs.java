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
                .withDefaultValue("skillslab.sandbox.local.workspace-root", workspaceRoot.toString());
        overrides.forEach(builder::withDefaultValue);
        SmallRyeConfig config = builder.build();
        return config.getConfigMapping(SandboxConfig.class);
    }

    private TestConfigs() {}
}
