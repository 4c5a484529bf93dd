package ai.smartsuccess.skillslab.platform.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Which configuration keys hold a service's secrets; each service lists its own in application.properties. */
@ConfigMapping(prefix = "skillslab.production-secrets")
public interface ProductionSecretsConfig {

    /** Configuration keys (not environment variables), e.g. quarkus.datasource.password. */
    List<String> keys();
}
