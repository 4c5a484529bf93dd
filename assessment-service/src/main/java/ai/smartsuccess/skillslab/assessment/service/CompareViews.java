package ai.smartsuccess.skillslab.assessment.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scored attempts side by side. Every figure comes from the stored score report as scoring-service wrote it (or, for
 * the time spent, from the assessment's own clock); a figure the report does not have is null.
 */
public final class CompareViews {

    /**
     * @param sameTask whether all attempts are of one task (only then are their scores measured on the same work)
     * @param candidates in the order the ids were asked for
     * @param ranking the assessment ids by final score (highest first), then hidden tests passed (most first; a run the
     *     sandbox found tampered with counts 0, an unknown count comes last), then time spent (least first), then the
     *     order asked for
     */
    public record Comparison(boolean sameTask, List<Compared> candidates, List<UUID> ranking) {}

    /**
     * @param subitemScores category → subitem → raw score (0 to 100)
     * @param integrityFlags see {@link ScoreFigures#integrityFlags}
     */
    public record Compared(
            UUID assessmentId,
            String name,
            UUID taskId,
            String taskTitle,
            double finalScore,
            String level,
            Map<String, Double> categoryScores,
            Map<String, Map<String, Double>> subitemScores,
            HiddenTests hiddenTests,
            AiUsageDetail aiUsage,
            TimeSpent time,
            List<String> integrityFlags) {}

    /**
     * The task's hidden tests on the final code ({@code testing.hiddenTests}).
     *
     * @param counted false when the sandbox found the submission interfering with the run: its result counts 0
     */
    public record HiddenTests(Integer total, Integer passed, Boolean ran, Boolean counted) {}

    /**
     * {@code aiUsageAnalysis} of the report.
     *
     * @param aiCodeShare share of the final code taken from AI answers, 0 to 1
     * @param modelsUsed the models the candidate's prompts went to
     */
    public record AiUsageDetail(
            Integer prompts,
            Double aiCodeShare,
            List<String> modelsUsed,
            Long inputTokens,
            Long outputTokens,
            PromptQuality promptQuality) {}

    /**
     * The prompt signals the scorer measured ({@code promptPatterns} and {@code repetition}); the prompt engineering
     * scores themselves are in {@code subitemScores.prompt_engineering}.
     *
     * @param avgPromptLength characters per prompt
     * @param avgOwnWords the candidate's own words per prompt (without pasted code or task text)
     * @param promptsWithAnchors prompts naming a file, function, error or test
     * @param repetitionRate share of prompts that repeat an earlier one, 0 to 1
     */
    public record PromptQuality(
            Integer avgPromptLength,
            Integer avgOwnWords,
            Integer askedQuestions,
            Integer promptsWithAnchors,
            Integer promptsCopyingTheTask,
            Boolean usedCodeBlocks,
            Integer repeatedPrompts,
            Double repetitionRate) {}

    /**
     * @param spentSeconds the assessment's clock: from start to submission (at most the time limit)
     * @param trackedSeconds the session time the scorer's timeline covers ({@code timeAnalysis.totalSeconds}); the
     *     split below adds up to it
     */
    public record TimeSpent(
            Long spentSeconds,
            Long timeLimitSeconds,
            Long trackedSeconds,
            Long aiInteractionSeconds,
            Long codingSeconds,
            Long terminalSeconds,
            Long planningSeconds,
            Long idleSeconds) {}

    private CompareViews() {}
}
