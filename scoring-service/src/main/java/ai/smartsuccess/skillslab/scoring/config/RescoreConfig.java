package ai.smartsuccess.skillslab.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bulk re-score jobs started by an administrator. */
@ConfigMapping(prefix = "skillslab.scoring.rescore")
public interface RescoreConfig {

    /**
     * Assessments one job re-scores at a time. Kept well below {@code max-concurrent-scorings} so that new submissions
     * keep being scored while a job runs.
     */
    @WithDefault("2")
    int concurrency();

    /** How often an instance tells the database that its jobs are still running. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** A running job without a heartbeat for this long lost its instance: it is marked interrupted. */
    @WithDefault("2m")
    Duration staleAfter();

    /** Jobs listed at most, newest first. */
    @WithDefault("100")
    int listLimit();
}
