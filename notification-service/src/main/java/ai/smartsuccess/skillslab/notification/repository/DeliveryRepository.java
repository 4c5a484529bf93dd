package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.Delivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** The delivery of this kind an event caused (an event may cause several: the candidate's and the business's). */
    public Uni<Delivery> findByEvent(UUID eventId, String kind) {
        return find("eventId = ?1 and kind = ?2", eventId, kind).firstResult();
    }

    /** The deliveries of one kind for an assessment that were not skipped (sent, waiting or failed). */
    public Uni<List<Delivery>> notSkipped(UUID assessmentId, String kind) {
        return list("assessmentId = ?1 and kind = ?2 and status <> ?3", assessmentId, kind, Delivery.SKIPPED);
    }

    public Uni<List<Delivery>> pendingFor(UUID assessmentId) {
        return list("assessmentId = ?1 and status = ?2", assessmentId, Delivery.PENDING);
    }

    /**
     * Deletes up to {@code limit} emails on record written before {@code cutoff} that are no longer waiting to be sent;
     * rows another instance is deleting are skipped. Answers how many.
     */
    public Uni<Integer> deleteFinishedBefore(OffsetDateTime cutoff, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("delete from notification.deliveries where id in ("
                                + "select id from notification.deliveries where created_at < :cutoff and status <> 'pending'"
                                + " order by created_at limit :limit for update skip locked)")
                        .setParameter("cutoff", cutoff)
                        .setParameter("limit", limit)
                        .executeUpdate());
    }
}
