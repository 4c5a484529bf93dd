package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TimeMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workflow efficiency: active share of the session (five-minute gap cap), little wasted motion (unchanged re-runs,
 * repeated prompts), and progress made for the time spent.
 */
public final class WorkflowEfficiencyScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.TOOL_ORCHESTRATION;
    }

    @Override
    public String subitem() {
        return "workflow_efficiency";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        TimeMetrics time = e.time();
        int actions = e.tests().runs().size() + e.prompts();
        int changes = e.evolution().changes().size();
        int wasted = e.tests().rerunsWithoutChange() + e.repetition().duplicates();
        double waste = Scales.ratio(wasted, Math.max(1, actions));
        double active = e.trackingPresent() ? time.activeShare() : 0;
        double progress = e.tests().outcomeRate();
        // Being present and not wasting moves is worth something only when there was work: nothing done is no workflow.
        double work = Math.min(1, (actions + changes) / 4.0);
        double value = Scales.score((0.45 * active + 0.25 * (actions == 0 ? 0 : 1 - waste)) * work + 0.30 * progress);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("activeShare", Scales.round2(active));
        metrics.put("wastedActions", wasted);
        metrics.put("actions", actions);
        metrics.put("codeChanges", changes);
        metrics.put("progress", Scales.round2(progress));
        return new SubitemResult(
                value,
                "Active " + Refs.pct(active) + " of the session, " + actions + " run(s) and prompt(s), " + changes
                        + " code change(s), " + wasted + " wasted action(s), progress " + Refs.pct(progress) + ".",
                Remark.strength("The session was used well")
                        .clause("steady activity", "activeShare", 0.6, 1)
                        .clause("no wasted re-runs or repeated prompts", "wastedActions", 0, 0)
                        .clause("progress to show for it", "progress", 0.6, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Cut wasted motion: change something before re-running, and rephrase with new information instead of re-asking.",
                                "wastedActions",
                                1,
                                Double.MAX_VALUE)
                        .when(
                                "Turn the time into progress: the session ended with little of the task working.",
                                "progress",
                                0,
                                0.5)
                        .when("Keep the session moving: long idle stretches lower efficiency.", "activeShare", 0, 0.59)
                        .build(metrics),
                List.of(Refs.submission(
                        e,
                        "time: " + Math.round(time.workSeconds() / 60.0) + " active minute(s), "
                                + Math.round(time.idleSeconds() / 60.0) + " idle")),
                metrics,
                "active time, runs, prompts and code changes, wasted actions, progress",
                actions + changes > 0);
    }
}
