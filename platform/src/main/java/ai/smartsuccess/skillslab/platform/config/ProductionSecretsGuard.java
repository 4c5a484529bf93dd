package ai.smartsuccess.skillslab.platform.config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Applies {@link ProductionSecrets} once per start: from Flyway's configuration (see {@link SecretsCheckBeforeMigration},
 * which runs before anything connects with a secret) or, at the latest, first among the startup observers.
 */
@ApplicationScoped
public class ProductionSecretsGuard {

    private static final Logger LOG = Logger.getLogger(ProductionSecretsGuard.class);

    @Inject
    ProductionSecretsConfig secrets;

    private boolean passed;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        verify();
    }

    public synchronized void verify() {
        if (passed) {
            return;
        }
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<String> profiles = config.getProfiles();
        boolean allowLocal = Boolean.parseBoolean(System.getenv(ProductionSecrets.ALLOW_LOCAL_SECRETS_VARIABLE))
                || Boolean.getBoolean(ProductionSecrets.ALLOW_LOCAL_SECRETS);
        if (!ProductionSecrets.applies(profiles, allowLocal)) {
            if (allowLocal && !(profiles.contains("dev") || profiles.contains("test"))) {
                LOG.warn("SKILLSLAB_ALLOW_LOCAL_SECRETS=true: secrets are not checked. This is for the local platform;"
                        + " never set it in production.");
            }
            passed = true;
            return;
        }
        List<ProductionSecrets.Finding> findings =
                ProductionSecrets.check(secrets.keys(), new ProductionSecrets.Source() {
                    @Override
                    public Optional<String> value(String key) {
                        return config.getOptionalValue(key, String.class);
                    }

                    @Override
                    public Optional<String> rawValue(String key) {
                        return Optional.ofNullable(config.getConfigValue(key).getRawValue());
                    }
                });
        if (!findings.isEmpty()) {
            findings.forEach(finding -> LOG.fatal(finding.message()));
            throw new ProductionSecretsException(findings);
        }
        passed = true;
    }
}
