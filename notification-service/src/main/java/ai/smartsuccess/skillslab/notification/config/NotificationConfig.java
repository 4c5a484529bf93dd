package ai.smartsuccess.skillslab.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "skillslab")
public interface NotificationConfig {

    Web web();

    Live live();

    Webhooks webhooks();

    interface Web {
        /** Where links in emails point. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    /**
     * The connection that listens for new in-app notifications (PostgreSQL LISTEN), so that every instance can push to
     * the sockets it holds, whichever instance wrote the notification. The same database as the datasource.
     */
    interface Live {
        String databaseUrl();

        String databaseUsername();

        String databasePassword();
    }

    interface Webhooks {
        /** AES-256-GCM key (base64 of 32 bytes) that encrypts the webhooks' signing secrets at rest. */
        String secretEncryptionKey();

        /**
         * The local platform's mode: plain {@code http} and loopback or private addresses are accepted as webhook URLs
         * (a receiver on this machine). Off in production, where a webhook must be {@code https} on a public address.
         */
        @WithDefault("false")
        boolean allowLocalUrls();

        /** Webhooks one business may have at once. */
        @WithDefault("10")
        int maxPerOwner();

        @WithDefault("2048")
        int maxUrlLength();

        /** How long one attempt may take, connecting and reading the answer included. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Attempts of one delivery before it is marked {@code failed}. */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration backoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** How often due deliveries are looked for (a scheduler interval: {@code 5s}); new ones are sent at once. */
        @WithDefault("5s")
        String pollInterval();

        /** Deliveries taken per round of the dispatcher. */
        @WithDefault("20")
        int batch();

        /** How long a taken delivery is hidden from other instances while its attempt runs. */
        @WithDefault("PT2M")
        Duration lease();

        /** Characters of a receiver's answer kept in the delivery log. */
        @WithDefault("500")
        int responseExcerpt();

        /** How long the delivery log keeps finished deliveries. */
        @WithDefault("P30D")
        Duration logRetention();
    }
}
