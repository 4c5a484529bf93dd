package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeChange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time estimation: submitted in time with a working result, first verification early enough (within 60% of the time
 * used), steady progress across the session's quarters, and a written time estimate that was kept.
 */
public final class TimeEstimationScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PLANNING;
    }

    @Override
    public String subitem() {
        return "time_estimation";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        long used = Math.max(1, e.time().totalSeconds());
        long limit = e.time().timeLimitSeconds();
        boolean auto = e.submission().autoSubmitted();
        double finished;
        if (auto) {
            finished = 0.2;
        } else {
            finished = limit > 0 && used > 0.95 * limit ? 0.6 : 1;
        }
        finished *= 0.5 + 0.5 * e.tests().outcomeRate();
        Long firstRun = e.time().secondsToFirstRun();
        double pace = firstRun == null ? 0 : 1 - Scales.ramp((double) firstRun / used, 0.6, 1.0);
        double steady = steadiness(e.evolution().changes(), e.startedAt(), used);
        double timebox = !e.planning().timeEstimate() ? 0 : auto ? 0.4 : 1;
        double value = Scales.score(0.35 * finished + 0.25 * pace + 0.2 * steady + 0.2 * timebox);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("minutesUsed", Math.round(used / 60.0));
        metrics.put("minutesAllowed", Math.round(limit / 60.0));
        metrics.put("autoSubmitted", auto);
        metrics.put("firstRunShare", firstRun == null ? null : Scales.round2((double) firstRun / used));
        metrics.put("activeQuarters", Math.round(steady * 4));
        metrics.put("writtenEstimate", e.planning().timeEstimate());
        return new SubitemResult(
                value,
                (auto
                                ? "Submitted automatically at the deadline"
                                : "Submitted after " + Math.round(used / 60.0) + " of " + Math.round(limit / 60.0)
                                        + " minutes")
                        + "; code changed in " + Math.round(steady * 4) + " of 4 quarters"
                        + (e.planning().timeEstimate() ? "; a written time estimate was given." : "."),
                "Time was paced well: steady progress, early checks and a timely submission.",
                auto
                        ? "Plan the time: set rough time boxes for each step and leave a margin to submit before the deadline."
                        : "Spread the work: check early and keep progress steady instead of doing everything at once.",
                List.of(Refs.submission(e, auto ? "auto-submitted at the deadline" : "submitted by the candidate")),
                metrics);
    }

    static double steadiness(List<CodeChange> changes, Instant start, long usedSeconds) {
        if (start == null || changes.isEmpty()) {
            return 0;
        }
        boolean[] quarters = new boolean[4];
        for (CodeChange change : changes) {
            long at = Duration.between(start, change.at()).getSeconds();
            int q = (int) Math.min(3, Math.max(0, at * 4 / Math.max(1, usedSeconds)));
            quarters[q] = true;
        }
        int n = 0;
        for (boolean q : quarters) {
            n += q ? 1 : 0;
        }
        return n / 4.0;
    }
}
