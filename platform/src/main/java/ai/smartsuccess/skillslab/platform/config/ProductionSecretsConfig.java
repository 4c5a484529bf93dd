package ai.smartsuccess.skillslab.platform.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Which configuration keys hold a service's secrets; each service lists its own in application.properties. */
@ConfigMapping(prefix = "skillslab.production-secrets")
public interface ProductionSecretsConfig {

    /**
     * Configuration keys, e.g. quarkus.datasource.password; or a value that only an expression of another key reads,
     * by its environment name (KAFKA_PASSWORD, inside kafka.sasl.jaas.config).
     */
    List<String> keys();
}
