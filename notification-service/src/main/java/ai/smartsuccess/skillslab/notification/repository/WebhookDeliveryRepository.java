package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.WebhookAttempt;
import ai.smartsuccess.skillslab.notification.model.WebhookDelivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public Uni<WebhookDelivery> findByEvent(UUID webhookId, UUID eventId) {
        return find("webhookId = ?1 and eventId = ?2", webhookId, eventId).firstResult();
    }

    /** A webhook's deliveries, newest first. */
    public Uni<List<WebhookDelivery>> page(UUID webhookId, int page, int size) {
        return find("webhookId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), webhookId)
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> countOf(UUID webhookId) {
        return count("webhookId", webhookId);
    }

    /** The attempts of these deliveries, in order. */
    public Uni<List<WebhookAttempt>> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .flatMap(session -> session.createSelectionQuery(
                                "from WebhookAttempt where deliveryId in :ids order by deliveryId, attempt",
                                WebhookAttempt.class)
                        .setParameter("ids", deliveryIds)
                        .getResultList());
    }

    /** Deliveries still waiting that are about a person (erasure). */
    public Uni<List<WebhookDelivery>> pendingAbout(String subjectUserId) {
        return list("subjectUserId = ?1 and status = ?2", subjectUserId, WebhookDelivery.Status.PENDING);
    }
}
