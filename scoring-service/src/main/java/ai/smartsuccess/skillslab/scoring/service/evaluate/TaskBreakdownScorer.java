package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.NoteRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.PlanningEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task breakdown: written plan steps (four saturate), work done in verified increments (an edit stretch followed by a
 * run; four saturate), and prompts scoped to a part of the task rather than the whole task pasted in.
 */
public final class TaskBreakdownScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PLANNING;
    }

    @Override
    public String subitem() {
        return "task_breakdown";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        PlanningEvidence planning = e.planning();
        double steps = Math.min(1, planning.planItems() / 4.0);
        double increments = Math.min(1, e.tools().verifiedEditBursts() / 4.0);
        double value;
        if (e.prompts() == 0) {
            // Scoping is about prompts: without any, the written steps and verified increments carry the subitem.
            value = Scales.score((0.35 * steps + 0.4 * increments) / 0.75);
        } else {
            double scoping = 1 - (double) planning.wholeTaskPrompts().size() / e.prompts();
            value = Scales.score(0.35 * steps + 0.4 * increments + 0.25 * scoping);
        }
        List<EvidenceRef> refs = new ArrayList<>();
        planning.notes().stream()
                .filter(n -> n.text().listItems() > 0)
                .findFirst()
                .ifPresent(n -> refs.add(Refs.note(n, "Plan with " + n.text().listItems() + " step(s)")));
        for (Integer index : planning.wholeTaskPrompts()) {
            AiExchange exchange = e.exchanges().get(index);
            refs.add(Refs.prompt(exchange, "pastes the whole task"));
            break;
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("planItems", planning.planItems());
        metrics.put("verifiedIncrements", e.tools().verifiedEditBursts());
        metrics.put("wholeTaskPrompts", planning.wholeTaskPrompts().size());
        metrics.put("prompts", e.prompts());
        boolean enough = planning.planItems() > 0 || e.tools().editBursts() > 0;
        return new SubitemResult(
                value,
                planning.planItems() + " written plan step(s), " + e.tools().verifiedEditBursts()
                        + " verified increment(s), "
                        + planning.wholeTaskPrompts().size()
                        + " prompt(s) pasting the whole task.",
                Remark.strength("The task was broken down")
                        .clause("a written plan of several steps", "planItems", 3, Double.MAX_VALUE)
                        .clause(
                                "built in increments, each checked with a run",
                                "verifiedIncrements",
                                2,
                                Double.MAX_VALUE)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Do not hand the whole task to the AI in one prompt: split it into steps and ask about one step at a time.",
                                "wholeTaskPrompts",
                                1,
                                Double.MAX_VALUE)
                        .when("Write the plan down: a few steps in a note before starting.", "planItems", 0, 1)
                        .when("Build the steps one at a time and run the tests after each.", "verifiedIncrements", 0, 1)
                        .build(metrics),
                refs.isEmpty() ? List.of(Refs.submission(e, "no written plan")) : refs,
                metrics,
                "written plan steps, verified increments, prompt scope",
                enough);
    }

    static NoteRecord firstNote(PlanningEvidence planning) {
        return planning.notes().isEmpty() ? null : planning.notes().get(0);
    }
}
