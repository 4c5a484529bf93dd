package ai.smartsuccess.skillslab.sandbox.health;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the configured backend can make sandboxes: for {@code local}, the jail tools are installed. */
@Readiness
@ApplicationScoped
public class SandboxBackendReadinessCheck implements HealthCheck {

    private static final List<String> LOCAL_TOOLS =
            List.of("/usr/bin/unshare", "/usr/bin/nsenter", "/usr/bin/setpriv", "/usr/bin/prlimit", "/usr/bin/timeout");

    private final SandboxBackend backend;
    private final SandboxConfig config;

    SandboxBackendReadinessCheck(SandboxBackend backend, SandboxConfig config) {
        this.backend = backend;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sandbox-backend").withData("backend", backend.name());
        if ("local".equals(backend.name())) {
            List<String> missing = new java.util.ArrayList<>();
            if (!Files.isExecutable(Path.of(config.sandbox().local().bwrap()))) {
                missing.add(config.sandbox().local().bwrap());
            }
            LOCAL_TOOLS.stream()
                    .filter(tool -> !Files.isExecutable(Path.of(tool)))
                    .forEach(missing::add);
            if (!missing.isEmpty()) {
                return response.down()
                        .withData("missing", String.join(", ", missing))
                        .build();
            }
        }
        return response.up().build();
    }
}
