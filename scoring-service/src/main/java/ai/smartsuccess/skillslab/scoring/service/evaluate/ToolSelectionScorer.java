package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeChange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ModelSwitch;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ToolUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool selection: a tool for each job. Tests to verify, the AI for generation (its answers applied), the editor for
 * direct changes, notes for planning, and a deliberate model choice (switches explained, no unexplained hopping).
 */
public final class ToolSelectionScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.TOOL_ORCHESTRATION;
    }

    @Override
    public String subitem() {
        return "tool_selection";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        ToolUsage tools = e.tools();
        boolean testRuns = e.tests().runs().stream().anyMatch(RunRecord::testCommand);
        double verify = testRuns ? 1 : e.tests().anyRun() ? 0.5 : 0;
        double ai = tools.productivePrompts() > 0 ? 1 : e.prompts() > 0 ? 0.4 : 0;
        long manualChanges =
                e.evolution().changes().stream().filter(c -> !c.fromAi()).count();
        double manual = manualChanges >= 2 ? 1 : manualChanges == 1 ? 0.5 : 0;
        double plan = e.planning().notes().isEmpty() ? 0 : 1;
        double model;
        if (e.prompts() == 0) {
            model = 0;
        } else if (tools.explainedSwitches() > 0 && tools.unexplainedSwitches() == 0) {
            model = 1;
        } else if (tools.modelSwitches().isEmpty()) {
            model = 0.8;
        } else if (tools.unexplainedSwitches() <= 2) {
            model = 0.5;
        } else {
            model = 0.2;
        }
        double value = Scales.score(0.3 * verify + 0.25 * ai + 0.2 * manual + 0.1 * plan + 0.15 * model);
        List<EvidenceRef> refs = new ArrayList<>();
        e.tests().runs().stream()
                .filter(RunRecord::testCommand)
                .findFirst()
                .ifPresent(r -> refs.add(Refs.run(r, "First test run")));
        for (ModelSwitch change : tools.modelSwitches()) {
            refs.add(Refs.event(
                    change.eventId(),
                    change.at(),
                    "Switched model from " + change.from() + " to " + change.to()
                            + (change.explained()
                                    ? " because: " + Refs.excerpt(change.reason(), 80)
                                    : " without a stated reason")));
        }
        e.evolution().changes().stream()
                .filter(c -> !c.fromAi())
                .findFirst()
                .ifPresent(c -> refs.add(Refs.change(c, "Direct edit")));
        if (refs.isEmpty()) {
            refs.add(Refs.submission(e, "no test runs, model switches or direct edits in the session"));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("testRuns", testRuns);
        metrics.put("appliedAiAnswers", tools.productivePrompts());
        metrics.put("manualChanges", manualChanges);
        metrics.put("notes", e.planning().notes().size());
        metrics.put("modelSwitches", tools.modelSwitches().size());
        metrics.put("explainedModelSwitches", tools.explainedSwitches());
        metrics.put("prompts", e.prompts());
        metrics.put("unexplainedModelSwitches", tools.unexplainedSwitches());
        return new SubitemResult(
                value,
                "Tests " + (testRuns ? "were" : "were not") + " run, " + tools.productivePrompts()
                        + " AI answer(s) applied, " + manualChanges + " direct edit(s), "
                        + e.planning().notes().size()
                        + " planning note(s), " + tools.modelSwitches().size() + " model switch(es) ("
                        + tools.explainedSwitches() + " explained).",
                Remark.strength("Each job had its tool")
                        .clause("tests to check the work", "testRuns", 1, 1)
                        .clause("AI answers applied for generation", "appliedAiAnswers", 1, Double.MAX_VALUE)
                        .clause("the editor for direct fixes", "manualChanges", 2, Double.MAX_VALUE)
                        .clause("models switched for stated reasons", "explainedModelSwitches", 1, Double.MAX_VALUE)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Use the test runner to check the work instead of relying on reading the code.",
                                "testRuns",
                                0,
                                0)
                        .when(
                                "Let the AI assistant do the generation work it is good at, then review and apply its answers.",
                                "appliedAiAnswers",
                                0,
                                0)
                        .when(
                                "Make small fixes directly in the editor rather than asking the AI for every change.",
                                "manualChanges",
                                0,
                                1)
                        .when(
                                "Switch models deliberately and say why (for example a stronger model for a hard bug).",
                                "unexplainedModelSwitches",
                                1,
                                Double.MAX_VALUE)
                        .when("Write a short plan as a note before starting.", "notes", 0, 0)
                        .build(metrics),
                refs,
                metrics,
                "test runs, applied AI answers, direct edits, notes, model choice",
                testRuns || tools.productivePrompts() > 0 || manualChanges > 0);
    }

    static long manualChanges(List<CodeChange> changes) {
        return changes.stream().filter(c -> !c.fromAi()).count();
    }
}
