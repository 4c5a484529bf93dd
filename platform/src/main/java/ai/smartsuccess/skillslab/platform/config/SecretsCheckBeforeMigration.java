package ai.smartsuccess.skillslab.platform.config;

import io.quarkus.arc.Unremovable;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway's migration at start is the first thing that connects with a secret, and it runs before the startup
 * observers: checking here makes a missing password fail with the key's name rather than a connection error.
 */
@Singleton
@Unremovable
public class SecretsCheckBeforeMigration implements FlywayConfigurationCustomizer {

    @Inject
    ProductionSecretsGuard guard;

    @Override
    public void customize(FluentConfiguration configuration) {
        guard.verify();
    }
}
