package ai.smartsuccess.skillslab.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

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

        /** The web app's sign-in page, linked from the email to the owner of an address someone signed up with. */
        String signInUrl();

        /**
         * Emails sign-up sends to one address (verification links and "someone tried to sign up" notices) per
         * {@link #mailWindow()}; past it sign-up answers as always and sends nothing.
         */
        @WithDefault("3")
        int mailsPerAddress();

        @WithDefault("PT1H")
        Duration mailWindow();

        /** Redis keys of the per-address counters (the address is hashed). */
        @WithDefault("mail-throttle:")
        String mailThrottleKeyPrefix();
    }

    /** Public values the web app needs to sign users in. */
    interface Web {
        String oidcAuthority();

        String oidcClientId();
    }
}
