package ai.smartsuccess.skillslab.scoring.service.evaluate;

import java.util.List;

/** The sixteen built-in scorers in rubric order. */
public final class Scorers {

    private Scorers() {}

    public static List<SubitemScorer> all() {
        return List.of(
                new TaskBreakdownScorer(),
                new TimeEstimationScorer(),
                new MilestoneDefinitionScorer(),
                new ProblemUnderstandingScorer(),
                new ClaritySpecificityScorer(),
                new ContextManagementScorer(),
                new IterationEfficiencyScorer(),
                new ErrorRecoveryScorer(),
                new ToolSelectionScorer(),
                new MultiToolCoordinationScorer(),
                new WorkflowEfficiencyScorer(),
                new ResourceUtilizationScorer(),
                new CorrectnessScorer(),
                new CodeQualityScorer(),
                new DocumentationScorer(),
                new EdgeCaseHandlingScorer());
    }
}
