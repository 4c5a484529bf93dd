package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Milestone definition: milestones written down (list or checklist items; three saturate) and milestones reached and
 * shown green (passing runs with new code since the previous one; three saturate).
 */
public final class MilestoneDefinitionScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PLANNING;
    }

    @Override
    public String subitem() {
        return "milestone_definition";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        int defined = e.planning().planItems();
        int green = e.tests().greenMilestones();
        double value = Scales.score(0.4 * Math.min(1, defined / 3.0) + 0.6 * Math.min(1, green / 3.0));
        List<EvidenceRef> refs = new ArrayList<>();
        e.tests().runs().stream()
                .filter(RunRecord::succeeded)
                .limit(3)
                .forEach(r -> refs.add(Refs.run(r, "Milestone reached")));
        if (refs.isEmpty()) {
            refs.add(Refs.submission(e, "no passing run during the session"));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("definedMilestones", defined);
        metrics.put("greenMilestones", green);
        metrics.put("checkedItems", e.planning().checkedItems());
        return new SubitemResult(
                value,
                defined + " milestone(s) written down, " + green + " reached with a passing run"
                        + (e.planning().checkedItems() > 0 ? ", " + e.planning().checkedItems() + " ticked off." : "."),
                Remark.strength("Milestones were used")
                        .clause("several defined in writing", "definedMilestones", 2, Double.MAX_VALUE)
                        .clause("reached one by one with passing runs", "greenMilestones", 2, Double.MAX_VALUE)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Define checkpoints (for example 'store works', 'endpoints work', 'errors handled') and confirm each with a test run.",
                                "definedMilestones",
                                0,
                                1)
                        .when(
                                "Confirm each milestone with a passing test run before moving to the next.",
                                "greenMilestones",
                                0,
                                1)
                        .build(metrics),
                refs,
                metrics,
                "milestones written, passing runs with new code",
                defined > 0 || e.tests().anyRun());
    }
}
