package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Highlight;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.contracts.report.DetailedAnalysis;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assessment API returns, in the camelCase names of the product's API reference. */
public final class AssessmentViews {

    public record Created(UUID assessmentId, String status) {}

    public record Started(
            UUID assessmentId,
            String status,
            OffsetDateTime startedAt,
            OffsetDateTime deadline,
            int timeLimitMinutes,
            String websocketUrl) {}

    public record Submitted(UUID assessmentId, String status, OffsetDateTime submittedAt) {}

    public record Abandoned(UUID assessmentId, String status) {}

    /**
     * Everything the workspace needs to resume after a reload: the task, the clock (deadline, server time, warnings),
     * the files, the chat and the status; the score once it is there. Also what a report needs to speak to the right
     * person: who reads it ({@code viewer}), whose work it is ({@code candidate}), for which company.
     *
     * @param viewer the caller's relation to it: {@code candidate} (the owner), {@code business} (the task's creator) or
     *     {@code admin}
     * @param companyName the company that invited the candidate (null for an attempt not made through an invitation)
     * @param canAbandon whether the caller may abandon it now (the owner, not started, retakes allowed if invited)
     * @param notes what the candidate typed in the submit dialog
     */
    public record Detail(
            UUID id,
            String status,
            String viewer,
            CandidateView candidate,
            UUID invitationId,
            String companyName,
            boolean canAbandon,
            String notes,
            int attemptNumber,
            TaskView task,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime deadline,
            OffsetDateTime submittedAt,
            Long timeSpentSeconds,
            boolean autoSubmitted,
            String failureReason,
            String websocketUrl,
            Clock clock,
            List<FileView> files,
            List<ChatEntry> chatHistory,
            ScoreView score) {}

    /** Whose work it is; after the candidate deleted their account, "Deleted user" and no email. */
    public record CandidateView(String name, String email) {}

    public record TaskView(
            UUID id,
            String title,
            String description,
            String taskType,
            String difficulty,
            int timeLimitMinutes,
            boolean isDefault,
            String creatorId,
            boolean usesPlatformKeys,
            Integer maxAttempts,
            String runtime,
            String visibleTestCommand) {}

    /**
     * The session clock by the server: the client shows its countdown from {@code remainingSeconds} (immune to a wrong
     * local clock) and warns at each of {@code warnings}.
     */
    public record Clock(OffsetDateTime serverTime, long remainingSeconds, List<Warning> warnings) {}

    /** @param due whether this warning's time has already come */
    public record Warning(int minutesLeft, OffsetDateTime at, boolean due) {}

    public record FileView(String path, String type, Long size) {}

    public record ChatEntry(
            UUID id, String role, String content, String model, OffsetDateTime createdAt, boolean complete) {}

    /**
     * The score report. {@code detailedAnalysis} is the owner's and admins' in full; the candidate's leaves out what
     * a hidden suite printed and the hidden run's integrity flags (see {@code AssessmentMapper.hiddenTestsForCandidate}).
     */
    public record ScoreView(
            double finalScore,
            String proficiencyLevel,
            Map<String, Double> categoryScores,
            Map<String, Map<String, SubitemScore>> subitemScores,
            List<Feedback> strengths,
            List<Feedback> improvements,
            List<Highlight> aiHighlights,
            // Served as stored (a map: reports of older scoring versions differ); described by the contract's records.
            @Schema(implementation = DetailedAnalysis.class) Map<String, Object> detailedAnalysis,
            String scoringVersion,
            List<String> scoringModels,
            List<String> failedEvaluators) {}

    public record Summary(
            UUID id,
            String status,
            UUID taskId,
            String taskTitle,
            int timeLimitMinutes,
            int attemptNumber,
            UUID invitationId,
            String companyName,
            boolean canAbandon,
            OffsetDateTime startedAt,
            OffsetDateTime submittedAt,
            Double finalScore,
            String proficiencyLevel,
            OffsetDateTime createdAt) {}

    /** @param total how many assessments match the filters, for paging */
    public record Page(List<Summary> assessments, long total) {}

    /** The caller's scored attempts, oldest first: at most the latest 100. */
    public record Progress(List<ProgressPoint> points) {}

    /** One scored attempt: its final score and its category scores (0 to 100). */
    public record ProgressPoint(
            UUID assessmentId,
            String taskTitle,
            OffsetDateTime scoredAt,
            double finalScore,
            Map<String, Double> categoryScores) {}

    private AssessmentViews() {}
}
