package ai.smartsuccess.skillslab.gateway.repository;

import ai.smartsuccess.skillslab.gateway.model.PlanChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanChangeRepository implements PanacheRepositoryBase<PlanChange, UUID> {

    /** Unpublished changes, oldest first, so that an account's later plan is never announced before its earlier one. */
    public Uni<List<PlanChange>> unpublished(int max) {
        return find("publishedAt is null order by changedAt, eventId")
                .page(0, max)
                .list();
    }

    public Uni<Integer> markPublished(UUID eventId, OffsetDateTime at) {
        return update("publishedAt = ?1 where eventId = ?2", at, eventId);
    }
}
