package ai.smartsuccess.skillslab.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The audit trail's intake of Keycloak's sign-in events. */
@ConfigMapping(prefix = "skillslab.audit")
public interface AuditConfig {

    SignIns signIns();

    interface SignIns {
        /** Off where the identity provider is not Keycloak or keeps no events. */
        @WithDefault("true")
        boolean enabled();

        /** How often Keycloak is asked for new sign-in events (it keeps them for the realm's events expiration). */
        @WithDefault("30s")
        Duration pollEvery();

        /** How far back the first poll reaches when no sign-in event is stored yet. */
        @WithDefault("P1D")
        Duration firstLookBack();

        /** Events asked for per call; a poll keeps asking while pages come back full. */
        @WithDefault("200")
        int pageSize();
    }
}
