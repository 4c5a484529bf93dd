package ai.smartsuccess.skillslab.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long personal data is kept, the same keys in every service (each enforces what it holds; a service may set its
 * own values). Periods in ISO-8601 ({@code P12M}, {@code P2Y}); a period of zero keeps data for ever.
 */
@ConfigMapping(prefix = "skillslab.retention")
public interface RetentionSettings {

    /** Tracking detail: the event-by-event record of a session (prompts, terminal lines, snapshots). */
    @WithDefault("P12M")
    Period trackingDetail();

    /** What the candidate wrote: workspace files, chat. */
    @WithDefault("P12M")
    Period codeAndChat();

    /** Scores and score reports. */
    @WithDefault("P24M")
    Period scores();

    /** Read by the services' schedulers: how often expired data is looked for. */
    @WithDefault("1h")
    String scanInterval();

    /** Rows and objects at most this old are expired; null when {@code period} keeps them for ever. */
    static OffsetDateTime cutoff(Period period, OffsetDateTime now) {
        return period.isZero() || period.isNegative() ? null : now.minus(period);
    }

    static OffsetDateTime cutoff(Period period) {
        return cutoff(period, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
