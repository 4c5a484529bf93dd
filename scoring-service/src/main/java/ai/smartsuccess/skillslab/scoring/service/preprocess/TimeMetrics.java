package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.Map;

/**
 * Where the session's time went, in seconds. Each gap between two events is credited to the activity of the earlier
 * event up to five minutes; the rest of a longer gap, and time away from the window, is idle.
 *
 * @param perFileSeconds coding time by the file being edited or viewed
 * @param secondsToFirstChange from the start to the first code change (null when none)
 * @param secondsToFirstRun from the start to the first run of anything (null when none)
 * @param secondsToFirstPass from the start to the first passing run (null when none)
 */
public record TimeMetrics(
        long totalSeconds,
        long aiSeconds,
        long codingSeconds,
        long terminalSeconds,
        long planningSeconds,
        long idleSeconds,
        long timeLimitSeconds,
        int cappedGaps,
        Map<String, Long> perFileSeconds,
        Long secondsToFirstChange,
        Long secondsToFirstRun,
        Long secondsToFirstPass) {

    public long workSeconds() {
        return aiSeconds + codingSeconds + terminalSeconds + planningSeconds;
    }

    public double activeShare() {
        long all = workSeconds() + idleSeconds;
        return all == 0 ? 0 : (double) workSeconds() / all;
    }
}
