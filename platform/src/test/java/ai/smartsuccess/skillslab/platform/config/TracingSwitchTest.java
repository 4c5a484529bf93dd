package ai.smartsuccess.skillslab.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingSwitchTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new TracingSwitch())
                .build();
    }

    @Test
    void withoutAnEndpointTheSdkIsOff() {
        assertThat(config(Map.of()).getValue(TracingSwitch.SDK_DISABLED, Boolean.class))
                .isTrue();
    }

    @Test
    void anEndpointTurnsTheSdkOn() {
        assertThat(config(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317"))
                        .getValue(TracingSwitch.SDK_DISABLED, Boolean.class))
                .isFalse();
        assertThat(config(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317"))
                        .getValue(TracingSwitch.SDK_DISABLED, Boolean.class))
                .isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(config(Map.of(
                                "quarkus.otel.exporter.otlp.endpoint",
                                "http://collector:4317",
                                TracingSwitch.SDK_DISABLED,
                                "true"))
                        .getValue(TracingSwitch.SDK_DISABLED, Boolean.class))
                .isTrue();
    }
}
