package ai.smartsuccess.skillslab.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogsOnKubernetesTest {

    private static boolean json(Map<String, String> environment, String profile) {
        Map<String, String> properties = new HashMap<>(environment);
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, "environment", 300))
                .withSources(new JsonLogsOnKubernetes())
                .build()
                .getValue(JsonLogsOnKubernetes.JSON_ENABLED, Boolean.class);
    }

    @Test
    void jsonInAKubernetesPod() {
        assertThat(json(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1"), "prod")).isTrue();
    }

    @Test
    void humanReadableOnTheLocalPlatformAndInTests() {
        assertThat(json(Map.of(), "prod")).isFalse();
        assertThat(json(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1"), "test")).isFalse();
        assertThat(json(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1"), "dev")).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(json(Map.of(JsonLogsOnKubernetes.JSON_ENABLED, "true"), "prod"))
                .isTrue();
        assertThat(json(
                        Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1", JsonLogsOnKubernetes.JSON_ENABLED, "false"),
                        "prod"))
                .isFalse();
    }
}
