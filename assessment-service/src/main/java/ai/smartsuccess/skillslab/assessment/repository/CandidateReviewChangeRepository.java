package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.CandidateReviewChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CandidateReviewChangeRepository implements PanacheRepositoryBase<CandidateReviewChange, Long> {

    /** The history of a review, the latest change first. */
    public Uni<List<CandidateReviewChange>> of(UUID assessmentId, String businessId) {
        return list("assessmentId = ?1 and businessId = ?2 order by id desc", assessmentId, businessId);
    }

    /** The notes quoted in the history of these attempts' reviews are removed; who changed what and when stays. */
    public Uni<Integer> forgetNotes(Collection<UUID> assessmentIds) {
        return assessmentIds.isEmpty()
                ? Uni.createFrom().item(0)
                : update(
                        "oldNotes = null, newNotes = null where assessmentId in ?1"
                                + " and (oldNotes is not null or newNotes is not null)",
                        assessmentIds);
    }

    public Uni<Long> removeAllOf(String businessId) {
        return delete("businessId", businessId);
    }
}
