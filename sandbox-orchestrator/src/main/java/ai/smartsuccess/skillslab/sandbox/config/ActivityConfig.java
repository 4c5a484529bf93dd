package ai.smartsuccess.skillslab.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The evidence the sandbox records of a session (terminal commands, test runs) and how it leaves for Kafka. */
@ConfigMapping(prefix = "skillslab.activity")
public interface ActivityConfig {

    /** Each session's own budget: a flood from one session loses only its own excess, counted. */
    Budget budget();

    Relay relay();

    /** How long one recording may wait for the database before it is given up (and logged). */
    @WithDefault("5s")
    Duration writeTimeout();

    /**
     * Finalize waits at most this long for the session's runs being stopped (and their records) before sealing the
     * session's activity.
     */
    @WithDefault("10s")
    Duration sealTimeout();

    interface Budget {
        /** Sustained events per second of one session. */
        @WithDefault("20")
        double eventsPerSecond();

        /** Events one session may record at once, beyond the sustained rate. */
        @WithDefault("100")
        int burstEvents();

        /** Sustained bytes (of event data) per second of one session. */
        @WithDefault("65536")
        long bytesPerSecond();

        /** Bytes one session may record at once. */
        @WithDefault("524288")
        long burstBytes();

        /** Read by the scheduler: how often what the budgets turned away is recorded as activity_dropped events. */
        @WithDefault("10s")
        String dropReportInterval();
    }

    interface Relay {
        /** Read by the scheduler: how often unsent rows are looked for (the relay is also woken by each recording). */
        @WithDefault("1s")
        String interval();

        /** Rows published per round. */
        @WithDefault("500")
        int batch();

        /** How long one publication may wait for the broker's acknowledgement. */
        @WithDefault("15s")
        Duration sendTimeout();

        /**
         * Sent rows are deleted after this long (they hold what the candidate typed); assessment-service keeps the
         * record, so an hour to look into what was just published is enough.
         */
        @WithDefault("PT1H")
        Duration sentRetention();

        /** Read by the scheduler: how often sent rows past their retention are deleted. */
        @WithDefault("10m")
        String purgeInterval();
    }
}
