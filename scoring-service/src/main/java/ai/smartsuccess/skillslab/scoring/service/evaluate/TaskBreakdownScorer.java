package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.NoteRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.PlanningEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
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
        double scoping =
                e.prompts() == 0 ? 1 : 1 - (double) planning.wholeTaskPrompts().size() / e.prompts();
        double value = Scales.score(0.35 * steps + 0.4 * increments + 0.25 * scoping);
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
        return new SubitemResult(
                value,
                planning.planItems() + " written plan step(s), " + e.tools().verifiedEditBursts()
                        + " verified increment(s), "
                        + planning.wholeTaskPrompts().size()
                        + " prompt(s) pasting the whole task.",
                "The task was broken into steps and built in verified increments.",
                planning.wholeTaskPrompts().isEmpty()
                        ? "Break the task into a few written steps and build them one at a time, running the tests after each."
                        : "Do not hand the whole task to the AI in one prompt: split it into steps and ask about one step at a time.",
                refs.isEmpty() ? List.of(Refs.submission(e, "no written plan")) : refs,
                Map.of(
                        "planItems", planning.planItems(),
                        "verifiedIncrements", e.tools().verifiedEditBursts(),
                        "wholeTaskPrompts", planning.wholeTaskPrompts().size()));
    }

    static NoteRecord firstNote(PlanningEvidence planning) {
        return planning.notes().isEmpty() ? null : planning.notes().get(0);
    }
}
