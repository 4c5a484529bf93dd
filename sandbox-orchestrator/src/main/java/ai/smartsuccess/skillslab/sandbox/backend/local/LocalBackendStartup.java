package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Creates the local backend at start rather than at the first request, so that a host without cgroups or seccomp
 * stops a strict service (production) from starting at all instead of failing its first candidate.
 */
@ApplicationScoped
class LocalBackendStartup {

    void check(@Observes StartupEvent event, SandboxConfig config, Instance<LocalSandboxBackend> local) {
        if (LocalSandboxBackend.NAME.equals(config.sandbox().backend())) {
            local.get().name();
        }
    }
}
