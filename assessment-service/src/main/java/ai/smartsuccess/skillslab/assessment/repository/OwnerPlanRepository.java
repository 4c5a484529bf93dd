package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.OwnerPlan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
public class OwnerPlanRepository implements PanacheRepositoryBase<OwnerPlan, String> {

    /**
     * Serialises the plan-limited changes of one owner until the transaction ends, so that two concurrent creates cannot
     * both see room for one more invitation.
     */
    public Uni<Void> lockOwner(String ownerId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                        .setParameter("key", "plan-limit:" + ownerId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Invitations a business sent since {@code since}, whatever became of them (resends are not new invitations). */
    public Uni<Long> countInvitationsSentSince(String senderId, OffsetDateTime since) {
        return Panache.getSession()
                .flatMap(session -> session.createSelectionQuery(
                                "select count(*) from Invitation where senderId = :sender and createdAt >= :since",
                                Long.class)
                        .setParameter("sender", senderId)
                        .setParameter("since", since)
                        .getSingleResult());
    }
}
