package ai.smartsuccess.skillslab.platform.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is on exactly when an OTLP endpoint is configured (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT): without a
 * collector the SDK would retry exports in the background and log every failure, on developer machines and in tests.
 *
 * <p>A low-ordinal default for {@code quarkus.otel.sdk.disabled}: an explicit setting anywhere (application.properties,
 * QUARKUS_OTEL_SDK_DISABLED) still wins.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS =
            List.of("quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");

    /** Below microprofile-config.properties (100) and everything above it. */
    static final int ORDINAL = 90;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean configured = ENDPOINTS.stream().anyMatch(name -> isExplicit(context.getValue(name)));
        return List.of(new PropertiesConfigSource(
                Map.of(SDK_DISABLED, String.valueOf(!configured)), "skillslab-tracing-switch", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** Set by a real source: an extension's built-in default (ordinal below every source) is not a collector. */
    private static boolean isExplicit(ConfigValue value) {
        return value != null
                && value.getValue() != null
                && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
