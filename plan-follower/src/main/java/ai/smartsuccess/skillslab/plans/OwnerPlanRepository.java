package ai.smartsuccess.skillslab.plans;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OwnerPlanRepository implements PanacheRepositoryBase<OwnerPlan, String> {

    /**
     * Serialises the plan-limited changes of one owner until the transaction ends, so that two concurrent creates cannot
     * both see room for one more (task, invitation...).
     */
    public Uni<Void> lockOwner(String ownerId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                        .setParameter("key", "plan-limit:" + ownerId)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
