package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ToolUsage;
import java.util.LinkedHashMap;
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
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("aiEditRunLoops", tools.aiEditRunLoops());
        metrics.put("appliedAiAnswers", tools.productivePrompts());
        metrics.put("loopShare", Scales.round2(loops));
        metrics.put("transitions", List.copyOf(tools.transitions()));
        metrics.put("editBursts", tools.editBursts());
        metrics.put("verifiedEditBursts", tools.verifiedEditBursts());
        return new SubitemResult(
                value,
                loopText + "; " + tools.transitions().size() + " kind(s) of tool transition.",
                Remark.strength("The tools were used together")
                        .clause("AI answers were applied and run right away", "aiEditRunLoops", 2, Double.MAX_VALUE)
                        .clause("edits were followed by runs", "verifiedEditBursts", 2, Double.MAX_VALUE)
                        .clause("work moved freely between AI, editor and runs", "transitions", 4, Double.MAX_VALUE)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Close the loop after each AI answer: apply it in the editor, run it, and bring the result back to the AI.",
                                "loopShare",
                                0,
                                0.59)
                        .when(
                                "Combine the tools: edit, run, and ask the AI about what the run shows.",
                                "transitions",
                                0,
                                3)
                        .build(metrics),
                List.of(Refs.submission(
                        e,
                        "tool sequence: "
                                + String.join(
                                        " → ",
                                        tools.sequence().stream().limit(12).toList())
                                + (tools.sequence().size() > 12 ? " …" : ""))),
                metrics,
                "AI→edit→run loops, transitions between tools",
                tools.editBursts() > 0);
    }
}
