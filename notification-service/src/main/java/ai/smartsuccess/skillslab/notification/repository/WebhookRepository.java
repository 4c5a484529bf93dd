package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.Webhook;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public Uni<List<Webhook>> owned(String ownerId) {
        return list("ownerId", Sort.ascending("createdAt").and("id"), ownerId);
    }

    /** The webhook if it is the owner's; null for another's or an unknown id alike. */
    public Uni<Webhook> findOwned(UUID id, String ownerId) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).firstResult();
    }

    /** The owner's webhooks subscribed to an event (a business has a handful at most: filtered here). */
    public Uni<List<Webhook>> subscribed(String ownerId, String event) {
        return owned(ownerId)
                .map(all -> all.stream()
                        .filter(webhook -> webhook.events.contains(event))
                        .toList());
    }

    public Uni<Long> countOwned(String ownerId) {
        return count("ownerId", ownerId);
    }
}
