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
 * JSON log lines in a Kubernetes pod (KUBERNETES_SERVICE_HOST is set in every pod), for the cluster's log
 * collector; human-readable lines everywhere else, the local launcher included (it runs the packaged services in the
 * prod profile too). Never in the dev and test profiles. QUARKUS_LOG_CONSOLE_JSON_ENABLED overrides either way: this
 * is a low-ordinal default only.
 */
public class JsonLogsOnKubernetes implements ConfigSourceFactory {

    static final String JSON_ENABLED = "quarkus.log.console.json.enabled";
    static final String IN_POD = "KUBERNETES_SERVICE_HOST";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        ConfigValue host = context.getValue(IN_POD);
        boolean inPod =
                host != null && host.getValue() != null && !host.getValue().isBlank();
        return List.of(new PropertiesConfigSource(
                Map.of(JSON_ENABLED, String.valueOf(inPod && !devOrTest)),
                "skillslab-json-logs-on-kubernetes",
                TracingSwitch.ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(TracingSwitch.ORDINAL);
    }
}
