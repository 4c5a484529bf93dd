package ai.smartsuccess.skillslab.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

@ConfigMapping(prefix = "skillslab")
public interface GatewayConfig {

    Routes routes();

    RateLimits rateLimits();

    Web web();

    Accounts accounts();

    /** Where each service listens. */
    interface Routes {
        URI taskService();

        URI assessmentService();

        URI sandboxOrchestrator();

        URI scoringService();

        URI notificationService();
    }

    /** Requests per user per window. */
    interface RateLimits {
        @WithDefault("rate:")
        String keyPrefix();

        @WithDefault("60")
        int windowSeconds();

        /** Everything not listed below. */
        @WithDefault("60")
        int general();

        /** {@code /api/ai/*}: every request costs a model call. */
        @WithDefault("30")
        int ai();

        /**
         * The workspace's own file saves and command runs: an editor saving while the candidate types must never hit
         * the general limit.
         */
        @WithDefault("600")
        int workspace();
    }

    /** Sign-up through Keycloak. */
    interface Accounts {
        /** The client whose login page the verification email leads back to. */
        String webClientId();

        /** Where a verified user lands. */
        String verifiedRedirectUrl();
    }

    /** Public values the web app needs to sign users in. */
    interface Web {
        String oidcAuthority();

        String oidcClientId();
    }
}
