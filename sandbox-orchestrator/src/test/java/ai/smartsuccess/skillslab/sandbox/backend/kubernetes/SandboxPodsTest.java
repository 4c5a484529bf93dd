package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.sandbox.backend.local.TestConfigs;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pod spec's image rule: production (require-digest, the default) takes only an image pinned by digest. */
class SandboxPodsTest {

    @Test
    void an_image_named_by_a_tag_only_is_refused_where_a_digest_is_required() {
        assertThatThrownBy(() -> new SandboxPods(kubernetes("ghcr.io/smartsuccess/skillslab-sandbox:latest", true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be pinned by digest")
                .hasMessageContaining(":latest");
        assertThatThrownBy(() -> new SandboxPods(kubernetes("skillslab-sandbox@sha256:abc", true)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SandboxPods(kubernetes("skillslab-sandbox", true)))
                .isInstanceOf(IllegalStateException.class);

        var pod = new SandboxPods(kubernetes(KubernetesSandboxBackendTest.IMAGE, true))
                .sessionPod(UUID.randomUUID(), Duration.ofMinutes(5));
        assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo(KubernetesSandboxBackendTest.IMAGE);
        assertThat(pod.getSpec().getHostUsers()).isFalse();
    }

    @Test
    void development_may_use_a_tag_and_turn_user_namespaces_off() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("skillslab.sandbox.kubernetes.user-namespace", "false");
        var pod = new SandboxPods(kubernetes("skillslab-sandbox:dev", false, overrides)).warmPod();
        assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo("skillslab-sandbox:dev");
        assertThat(pod.getSpec().getHostUsers()).isTrue();
    }

    private static SandboxConfig.Kubernetes kubernetes(String image, boolean requireDigest) {
        return kubernetes(image, requireDigest, new HashMap<>());
    }

    private static SandboxConfig.Kubernetes kubernetes(String image, boolean requireDigest, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(more);
        overrides.put("skillslab.sandbox.kubernetes.image", image);
        overrides.put("skillslab.sandbox.kubernetes.require-digest", Boolean.toString(requireDigest));
        return TestConfigs.sandbox(Path.of("/nonexistent"), overrides).sandbox().kubernetes();
    }
}
