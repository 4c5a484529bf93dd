package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TimeMetrics;
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
        int wasted = e.tests().rerunsWithoutChange() + e.repetition().duplicates();
        double waste = Scales.ratio(wasted, Math.max(1, actions));
        double active = e.trackingPresent() ? time.activeShare() : 0;
        double progress = e.tests().outcomeRate();
        double value = Scales.score(0.45 * active + 0.25 * (1 - waste) + 0.30 * progress);
        return new SubitemResult(
                value,
                "Active " + Refs.pct(active) + " of the session, " + wasted + " wasted action(s) of " + actions
                        + ", progress " + Refs.pct(progress) + ".",
                "The session was used well: steady activity, little repetition, and progress to show for it.",
                wasted > 0
                        ? "Cut wasted motion: change something before re-running, and rephrase with new information instead of re-asking."
                        : "Keep the session moving: long idle stretches and unfinished work lower efficiency.",
                List.of(Refs.submission(
                        e,
                        "time: " + Math.round(time.workSeconds() / 60.0) + " active minute(s), "
                                + Math.round(time.idleSeconds() / 60.0) + " idle")),
                Map.of(
                        "activeShare",
                        Scales.round2(active),
                        "wastedActions",
                        wasted,
                        "actions",
                        actions,
                        "progress",
                        Scales.round2(progress)));
    }
}
