package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeEvolution;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource utilisation: the starter files explored, how much of the AI's suggested code was put to use (half or more
 * saturates), and the visible tests run.
 */
public final class ResourceUtilizationScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.TOOL_ORCHESTRATION;
    }

    @Override
    public String subitem() {
        return "resource_utilization";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        int starter = e.starterFileCount();
        double explore =
                starter == 0 ? 1 : Math.min(1, e.tools().starterFilesOpened().size() / (double) Math.min(starter, 4));
        CodeEvolution evolution = e.evolution();
        double aiUse;
        if (e.prompts() == 0) {
            aiUse = 0;
        } else if (evolution.suggestedAiLines() == 0) {
            aiUse = (double) e.tools().productivePrompts() / e.prompts();
        } else {
            aiUse = Math.min(1, Scales.ratio(evolution.adoptedAiLines(), evolution.suggestedAiLines()) / 0.5);
        }
        double visible = e.tests().runs().stream().anyMatch(RunRecord::testCommand) ? 1 : 0;
        double value = Scales.score(0.35 * explore + 0.35 * aiUse + 0.30 * visible);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("starterFilesOpened", e.tools().starterFilesOpened().size());
        metrics.put("starterFiles", starter);
        metrics.put("starterExplored", Scales.round2(explore));
        metrics.put("suggestedAiLines", evolution.suggestedAiLines());
        metrics.put("adoptedAiLines", evolution.adoptedAiLines());
        metrics.put("aiUse", Scales.round2(aiUse));
        metrics.put("visibleTestsRun", visible > 0);
        return new SubitemResult(
                value,
                e.tools().starterFilesOpened().size() + " of " + starter + " starter file(s) opened; "
                        + evolution.adoptedAiLines() + " of " + evolution.suggestedAiLines()
                        + " suggested AI code line(s) used; visible tests " + (visible > 0 ? "run." : "never run."),
                Remark.strength("The available resources were used")
                        .clause("the starter files were read", "starterExplored", 0.75, 1)
                        .clause("the AI's suggestions were put to use", "aiUse", 0.6, 1)
                        .clause("the visible tests were run", "visibleTestsRun", 1, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Read the starter files and README before coding: they hold the interfaces and tests to build on.",
                                "starterExplored",
                                0,
                                0.74)
                        .when("Run the visible tests: they are there to check the work.", "visibleTestsRun", 0, 0)
                        .when(
                                "Make more of the AI's suggestions, or ask for what you will actually use.",
                                "aiUse",
                                0,
                                0.59)
                        .build(metrics),
                List.of(Refs.submission(
                        e,
                        "starter files opened: " + String.join(", ", e.tools().starterFilesOpened()))),
                metrics,
                "starter files opened, AI code adopted, visible tests run",
                !e.tools().starterFilesOpened().isEmpty() || e.prompts() > 0 || visible > 0);
    }
}
