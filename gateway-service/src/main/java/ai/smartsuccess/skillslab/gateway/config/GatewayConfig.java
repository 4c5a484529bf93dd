package ai.smartsuccess.skillslab.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "skillslab")
public interface GatewayConfig {

    Routes routes();

    RateLimits rateLimits();

    Web web();

    Accounts accounts();

    Edge edge();

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

    /** What the gateway does at the edge: who the client is, how large a proxied body may be, the response headers. */
    interface Edge {
        /**
         * Addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) of the reverse proxies in front of the
         * gateway (the ingress). {@code X-Forwarded-For} and {@code Forwarded} are believed only from them; empty: from
         * nobody, the peer is the client.
         */
        Optional<List<String>> trustedProxies();

        /** The largest request body passed on to a service, also without {@code Content-Length} (chunked). */
        MemorySize maxBodySize();

        /**
         * Send {@code Strict-Transport-Security} (browsers then use https only for this host): on only where the site
         * is served over https (production), never locally.
         */
        @WithDefault("false")
        boolean strictTransportSecurity();

        /**
         * Send the Content-Security-Policy as {@code Content-Security-Policy-Report-Only}: the browser reports what the
         * policy would block and blocks nothing. For the dev profile, whose Vite dev server injects inline scripts.
         */
        @WithDefault("false")
        boolean contentSecurityPolicyReportOnly();
    }
}
