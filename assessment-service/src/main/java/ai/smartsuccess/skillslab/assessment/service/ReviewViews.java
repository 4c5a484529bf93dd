package ai.smartsuccess.skillslab.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A business's private review of a candidate's attempt, as its API returns it. Never part of a candidate's view. */
public final class ReviewViews {

    /**
     * The review as it stands, and every change made to it, the latest first.
     *
     * @param stage {@code new}, {@code shortlisted}, {@code interview}, {@code rejected} or {@code hired}; {@code new}
     *     until the business saves a review
     * @param updatedAt null until the business saves a review
     * @param updatedBy the OIDC subject of who last saved it
     */
    public record Review(
            UUID assessmentId,
            String stage,
            Integer rating,
            String notes,
            OffsetDateTime updatedAt,
            String updatedBy,
            List<ReviewChange> history) {}

    /**
     * One change: who made it, when, and the values before and after ({@code from} is null for the first save).
     *
     * @param changedBy the OIDC subject of who saved it, or {@code system} for a change the platform made
     * @param reason null for a business's own save; {@code candidate-account-deleted} when the notes were removed
     *     because the candidate deleted their account (notes quoted in the history are removed then too)
     */
    public record ReviewChange(
            OffsetDateTime changedAt,
            String changedBy,
            String changedByName,
            String reason,
            ReviewState from,
            ReviewState to) {}

    public record ReviewState(String stage, Integer rating, String notes) {}

    private ReviewViews() {}
}
