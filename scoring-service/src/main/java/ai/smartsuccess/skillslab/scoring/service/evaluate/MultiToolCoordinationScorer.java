package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ToolUsage;
import java.util.List;
import java.util.Map;

/**
 * Multi-tool coordination: closed loops (an AI answer applied in the editor and then run) per applied answer, and
 * the variety of transitions between AI, editor and runs (four of the six saturate).
 */
public final class MultiToolCoordinationScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.TOOL_ORCHESTRATION;
    }

    @Override
    public String subitem() {
        return "multi_tool_coordination";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        ToolUsage tools = e.tools();
        double loops;
        String loopText;
        if (e.prompts() > 0) {
            loops = Math.min(1, (double) tools.aiEditRunLoops() / Math.max(1, tools.productivePrompts()));
            loopText = tools.aiEditRunLoops() + " AI→edit→run loop(s) for " + tools.productivePrompts()
                    + " applied answer(s)";
        } else {
            // Without the AI in the loop, coordination of the remaining tools earns at most 60%.
            loops = 0.6 * Scales.ratio(tools.verifiedEditBursts(), tools.editBursts());
            loopText = tools.verifiedEditBursts() + " of " + tools.editBursts()
                    + " edit stretch(es) followed by a run, without the AI";
        }
        double diversity = Math.min(1, tools.transitions().size() / 4.0);
        double value = Scales.score(0.6 * loops + 0.4 * diversity);
        return new SubitemResult(
                value,
                loopText + "; " + tools.transitions().size() + " kind(s) of tool transition.",
                "Editor, terminal, tests and AI were used together in tight loops: answers were applied and run right away.",
                "Close the loop after each AI answer: apply it in the editor, run it, and bring the result back to the AI.",
                List.of(Refs.submission(
                        e,
                        "tool sequence: "
                                + String.join(
                                        " → ",
                                        tools.sequence().stream().limit(12).toList())
                                + (tools.sequence().size() > 12 ? " …" : ""))),
                Map.of(
                        "aiEditRunLoops", tools.aiEditRunLoops(),
                        "transitions", List.copyOf(tools.transitions()),
                        "editBursts", tools.editBursts(),
                        "verifiedEditBursts", tools.verifiedEditBursts()));
    }
}
