package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** With the Kubernetes backend, a sandbox image named by a tag only stops the service at start, not at a first pod. */
@ApplicationScoped
class KubernetesStartupCheck {

    void check(@Observes StartupEvent event, SandboxConfig config) {
        if (KubernetesSandboxBackend.NAME.equals(config.sandbox().backend())) {
            new SandboxPods(config.sandbox().kubernetes());
        }
    }
}
