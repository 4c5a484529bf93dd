package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.CandidateReview;
import ai.smartsuccess.skillslab.assessment.model.CandidateReviewChange;
import ai.smartsuccess.skillslab.assessment.model.ReviewStage;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.CandidateReviewChangeRepository;
import ai.smartsuccess.skillslab.assessment.repository.CandidateReviewRepository;
import ai.smartsuccess.skillslab.assessment.service.ReviewViews.Review;
import ai.smartsuccess.skillslab.assessment.service.ReviewViews.ReviewChange;
import ai.smartsuccess.skillslab.assessment.service.ReviewViews.ReviewState;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A business's private review of an attempt on one of its own tasks (stage, rating, notes), with its audit history.
 * Only the task's creator can read or change it; for anyone else the attempt does not exist (404).
 */
@ApplicationScoped
public class ReviewService {

    public static final int MAX_NOTES_CHARS = 2000;

    /** What a save sets, checked: all three values are replaced. */
    public record ReviewInput(ReviewStage stage, Integer rating, String notes) {

        /** Checks the raw values together; each problem names its field. */
        public static ReviewInput parse(String stage, BigDecimal rating, String notes) {
            List<FieldError> errors = new ArrayList<>();
            ReviewStage parsedStage = null;
            if (stage == null || stage.isBlank()) {
                errors.add(new FieldError("stage", "is required: one of " + String.join(", ", ReviewStage.ALL)));
            } else {
                parsedStage = ReviewStage.ofOrNull(stage.strip());
                if (parsedStage == null) {
                    errors.add(new FieldError("stage", "must be one of " + String.join(", ", ReviewStage.ALL)));
                }
            }
            Integer parsedRating = null;
            if (rating != null) {
                boolean whole =
                        rating.signum() == 0 || rating.stripTrailingZeros().scale() <= 0;
                if (!whole || rating.compareTo(BigDecimal.ONE) < 0 || rating.compareTo(BigDecimal.valueOf(5)) > 0) {
                    errors.add(new FieldError("rating", "must be a whole number from 1 to 5, or null"));
                } else {
                    parsedRating = rating.intValueExact();
                }
            }
            String parsedNotes = notes == null || notes.isBlank() ? null : notes.strip();
            if (parsedNotes != null && parsedNotes.codePointCount(0, parsedNotes.length()) > MAX_NOTES_CHARS) {
                errors.add(new FieldError("notes", "must be at most " + MAX_NOTES_CHARS + " characters"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The review is invalid", errors);
            }
            return new ReviewInput(parsedStage, parsedRating, parsedNotes);
        }
    }

    private final AssessmentRepository assessments;
    private final CandidateReviewRepository reviews;
    private final CandidateReviewChangeRepository history;

    ReviewService(
            AssessmentRepository assessments,
            CandidateReviewRepository reviews,
            CandidateReviewChangeRepository history) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.history = history;
    }

    public Uni<Review> get(Caller caller, UUID assessmentId) {
        return Panache.withSession(() -> owned(caller, assessmentId)
                .flatMap(ignored -> reviews.findById(assessmentId))
                .flatMap(review -> view(caller, assessmentId, review)));
    }

    public Uni<Review> save(Caller caller, UUID assessmentId, ReviewInput input) {
        // Microseconds: what the database keeps, so that the answer equals a later read.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> owned(caller, assessmentId)
                .flatMap(ignored -> reviews.ensureAndLock(assessmentId, caller.subject(), now))
                .flatMap(created -> reviews.lock(assessmentId).flatMap(review -> {
                    CandidateReviewChange change = review.change(
                            input.stage(),
                            input.rating(),
                            input.notes(),
                            caller.subject(),
                            caller.displayName(),
                            created,
                            now);
                    Uni<Void> recorded = change == null
                            ? Uni.createFrom().voidItem()
                            : history.persist(change).replaceWithVoid();
                    return recorded.flatMap(ignored -> view(caller, assessmentId, review));
                })));
    }

    /** The attempt, when it is on one of the caller's tasks; anything else is not found. */
    private Uni<Assessment> owned(Caller caller, UUID assessmentId) {
        return assessments.findById(assessmentId).map(a -> {
            if (a == null || a.taskCreatorId == null || !a.taskCreatorId.equals(caller.subject())) {
                throw new NotFoundException("No candidate attempt " + assessmentId + " on your tasks.");
            }
            return a;
        });
    }

    private Uni<Review> view(Caller caller, UUID assessmentId, CandidateReview review) {
        return history.of(assessmentId, caller.subject()).map(changes -> {
            List<ReviewChange> views =
                    changes.stream().map(ReviewService::change).toList();
            if (review == null) {
                return new Review(assessmentId, ReviewStage.NEW.value(), null, null, null, null, views);
            }
            return new Review(
                    assessmentId,
                    review.stage.value(),
                    review.rating,
                    review.notes,
                    review.updatedBy == null ? null : review.updatedAt,
                    review.updatedBy,
                    views);
        });
    }

    private static ReviewChange change(CandidateReviewChange c) {
        ReviewState from = c.oldStage == null ? null : new ReviewState(c.oldStage.value(), c.oldRating, c.oldNotes);
        return new ReviewChange(
                c.changedAt,
                c.changedBy,
                c.changedByName,
                c.reason,
                from,
                new ReviewState(c.newStage.value(), c.newRating, c.newNotes));
    }
}
