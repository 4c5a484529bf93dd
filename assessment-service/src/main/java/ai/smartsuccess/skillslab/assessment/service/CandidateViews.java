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
            Long timeSpentSeconds) {}

    public record CandidatePage(List<Candidate> candidates, long total) {}

    private CandidateViews() {}
}
