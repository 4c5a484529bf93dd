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
        double inTime = auto ? 0.2 : limit > 0 && used > 0.95 * limit ? 0.6 : 1;
        // Finishing is worth what was finished: submitting early with nothing done is not good time management.
        double finished = inTime * e.tests().outcomeRate();
        Long firstRun = e.time().secondsToFirstRun();
        double pace = firstRun == null ? 0 : 1 - Scales.ramp((double) firstRun / used, 0.6, 1.0);
        double steady = steadiness(e.evolution().changes(), e.startedAt(), used);
        double timebox = !e.planning().timeEstimate() ? 0 : auto ? 0.4 : 1;
        double value = Scales.score(0.35 * finished + 0.25 * pace + 0.2 * steady + 0.2 * timebox);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("minutesUsed", Math.round(used / 60.0));
        metrics.put("minutesAllowed", Math.round(limit / 60.0));
        metrics.put("autoSubmitted", auto);
        metrics.put("outcome", Scales.round2(e.tests().outcomeRate()));
        metrics.put("firstRunShare", firstRun == null ? null : Scales.round2((double) firstRun / used));
        metrics.put("activeQuarters", Math.round(steady * 4));
        metrics.put("writtenEstimate", e.planning().timeEstimate());
        boolean enough = !e.evolution().changes().isEmpty() || e.tests().anyRun();
        return new SubitemResult(
                value,
                (auto
                                ? "Submitted automatically at the deadline"
                                : "Submitted after " + Math.round(used / 60.0) + " of " + Math.round(limit / 60.0)
                                        + " minutes")
                        + " with an outcome of " + Refs.pct(e.tests().outcomeRate())
                        + "; code changed in " + Math.round(steady * 4) + " of 4 quarters"
                        + (e.planning().timeEstimate() ? "; a written time estimate was given." : "."),
                Remark.strength("Time was managed well")
                        .clause("a working result submitted in time", "outcome", 0.75, 1)
                        .clause("progress in every quarter of the session", "activeQuarters", 3, 4)
                        .clause("checks started early", "firstRunShare", 0, 0.5)
                        .clause("a written time estimate", "writtenEstimate", 1, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Plan the time: set rough time boxes for each step and leave a margin to submit before the deadline.",
                                "autoSubmitted",
                                1,
                                1)
                        .when(
                                "Use the time to finish the work: the session ended with little of the task done.",
                                "outcome",
                                0,
                                0.5)
                        .when(
                                "Spread the work: check early and keep progress steady instead of doing everything at once.",
                                "activeQuarters",
                                0,
                                2)
                        .build(metrics),
                List.of(Refs.submission(e, auto ? "auto-submitted at the deadline" : "submitted by the candidate")),
                metrics,
                "submission time, outcome, first run, code changes per quarter, written estimate",
                enough);
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
