package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.InboxNotification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<InboxNotification, UUID> {

    /** The channel of PostgreSQL NOTIFY that tells every instance about a change of someone's notifications. */
    public static final String CHANNEL = "notification_inbox";

    public Uni<List<InboxNotification>> page(String userId, boolean unreadOnly, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return (unreadOnly
                        ? find("userId = ?1 and readAt is null", newestFirst, userId)
                        : find("userId", newestFirst, userId))
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> count(String userId, boolean unreadOnly) {
        return unreadOnly ? unread(userId) : count("userId", userId);
    }

    public Uni<Long> unread(String userId) {
        return count("userId = ?1 and readAt is null", userId);
    }

    /** The notification if it is the user's; null for another's or an unknown id alike. */
    public Uni<InboxNotification> findOwned(UUID id, String userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    public Uni<InboxNotification> findByEvent(String userId, String kind, UUID eventId) {
        return find("userId = ?1 and kind = ?2 and eventId = ?3", userId, kind, eventId)
                .firstResult();
    }

    public Uni<Integer> markAllRead(String userId, OffsetDateTime at) {
        return update("readAt = ?1 where userId = ?2 and readAt is null", at, userId);
    }

    /** Tells the listening instances, when the current transaction commits (PostgreSQL NOTIFY is transactional). */
    public Uni<Void> announce(String payload) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_notify(?1, ?2)")
                        .setParameter(1, CHANNEL)
                        .setParameter(2, payload)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Deletes up to {@code limit} notifications created before {@code cutoff}, skipping locked ones; answers how many. */
    public Uni<Integer> deleteCreatedBefore(OffsetDateTime cutoff, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("delete from notification.notifications where id in ("
                                + "select id from notification.notifications where created_at < :cutoff"
                                + " order by created_at limit :limit for update skip locked)")
                        .setParameter("cutoff", cutoff)
                        .setParameter("limit", limit)
                        .executeUpdate());
    }
}
