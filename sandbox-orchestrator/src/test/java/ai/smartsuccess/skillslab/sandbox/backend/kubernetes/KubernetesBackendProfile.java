package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with the Kubernetes backend, a warm pool of two, an image pinned by digest, and a short orphan grace. */
public class KubernetesBackendProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "skillslab.sandbox.backend", "kubernetes",
                "skillslab.sandbox.kubernetes.namespace", "sandboxes-test",
                "skillslab.sandbox.kubernetes.warm-pool-size", "2",
                "skillslab.sandbox.kubernetes.runtime-class-name", "gvisor",
                "skillslab.sandbox.kubernetes.ready-timeout", "20s",
                // As in production: the image pinned by digest, and required to be.
                "skillslab.sandbox.kubernetes.image", KubernetesSandboxBackendTest.IMAGE,
                "skillslab.sandbox.kubernetes.require-digest", "true",
                "skillslab.sandbox.lifecycle.orphan-grace", "6s");
    }
}
