package ai.smartsuccess.skillslab.sandbox.backend;

import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Picks the backend named by {@code skillslab.sandbox.backend}; the other one is never created. */
@ApplicationScoped
public class SandboxBackendProducer {

    @Produces
    @ApplicationScoped
    SandboxBackend backend(
            SandboxConfig config, Instance<LocalSandboxBackend> local, Instance<KubernetesSandboxBackend> kubernetes) {
        String name = config.sandbox().backend();
        if (LocalSandboxBackend.NAME.equals(name)) {
            return local.get();
        }
        if (KubernetesSandboxBackend.NAME.equals(name)) {
            return kubernetes.get();
        }
        throw new IllegalStateException("unknown sandbox backend '" + name + "' (local or kubernetes)");
    }
}
