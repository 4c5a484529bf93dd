package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.fabric8.kubernetes.client.KubernetesClient;

/** The Kubernetes backend outside Quarkus, for tests that drive it against a mock API server of their own. */
public final class KubernetesBackends {

    private KubernetesBackends() {}

    /** Starts a backend as the service does: the deny-all policy applied, the informer following the pods. */
    public static KubernetesSandboxBackend start(KubernetesClient client, SandboxConfig config) {
        return new KubernetesSandboxBackend(client, config);
    }

    /** Stops its informer, as the service does at shutdown. */
    public static void stop(KubernetesSandboxBackend backend) {
        backend.stop();
    }
}
