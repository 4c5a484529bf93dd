package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.CandidateReview;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CandidateReviewRepository implements PanacheRepositoryBase<CandidateReview, UUID> {

    /**
     * Makes sure the attempt has a review row (stage {@code new}) and locks it until the transaction ends, so that two
     * saves of the same review never interleave. True when the row was made now: the first write of the review.
     */
    public Uni<Boolean> ensureAndLock(UUID assessmentId, String businessId, OffsetDateTime now) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("insert into assessment.candidate_reviews"
                                + " (assessment_id, business_id, stage, created_at, updated_at)"
                                + " values (:id, :business, 'new', :now, :now)"
                                + " on conflict (assessment_id) do nothing")
                        .setParameter("id", assessmentId)
                        .setParameter("business", businessId)
                        .setParameter("now", now)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    public Uni<CandidateReview> lock(UUID assessmentId) {
        return findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Reviews of these attempts that still hold notes. */
    public Uni<List<CandidateReview>> withNotes(Collection<UUID> assessmentIds) {
        return assessmentIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("assessmentId in ?1 and notes is not null", assessmentIds);
    }

    /** Every review the business wrote. */
    public Uni<Long> removeAllOf(String businessId) {
        return delete("businessId", businessId);
    }
}
