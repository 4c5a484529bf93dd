package ai.smartsuccess.skillslab.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the business's candidate list returns. */
public final class CandidateViews {

    /**
     * One person on one of the caller's tasks: an attempt (practice or invited), or an invitation with no attempt yet.
     *
     * @param assessmentId null for an invited person who has not started
     * @param status the attempt's status, or the invitation's ({@code sent}, {@code accepted}, {@code expired},
     *     {@code cancelled}) when there is no attempt
     * @param aiUsage from the score report; null until the attempt is scored
     * @param integrityFlags the score report's integrity findings (see {@link ScoreFigures#integrityFlags}); null until
     *     scored, or when the report has no integrity section; empty when it found nothing
     * @param stage the business's review stage of the attempt ({@code new} until reviewed); null without an attempt
     * @param rating the business's rating (1 to 5), null when not rated
     */
    public record Candidate(
            UUID assessmentId,
            UUID invitationId,
            String name,
            String email,
            UUID taskId,
            String taskTitle,
            String status,
            Double finalScore,
            String level,
            Map<String, Double> categoryScores,
            OffsetDateTime submittedAt,
            Long timeSpentSeconds,
            AiUsage aiUsage,
            List<String> integrityFlags,
            String stage,
            Integer rating) {}

    /**
     * How the candidate used AI, as the score report says.
     *
     * @param prompts prompts sent through the platform's AI proxy ({@code aiUsageAnalysis.totalPrompts}); null when the
     *     report does not say
     * @param aiCodeShare share of the final code taken from AI answers, 0 to 1
     *     ({@code aiUsageAnalysis.aiProvenance.aiShareOfFinalCode}); null when the report does not say
     */
    public record AiUsage(Integer prompts, Double aiCodeShare) {}

    public record CandidatePage(List<Candidate> candidates, long total) {}

    private CandidateViews() {}
}
