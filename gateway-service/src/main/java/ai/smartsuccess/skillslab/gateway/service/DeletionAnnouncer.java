package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.gateway.messaging.AccountEventPublisher;
import ai.smartsuccess.skillslab.gateway.model.UserProfile;
import ai.smartsuccess.skillslab.gateway.repository.UserProfileRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Tells the other services about deleted accounts. The anonymized profile row is the outbox: a deletion is announced
 * right away and, if Kafka was unreachable, again on every tick until it is acknowledged.
 */
@ApplicationScoped
public class DeletionAnnouncer {

    private static final Logger LOG = Logger.getLogger(DeletionAnnouncer.class);

    private final UserProfileRepository profiles;
    private final AccountEventPublisher publisher;

    DeletionAnnouncer(UserProfileRepository profiles, AccountEventPublisher publisher) {
        this.profiles = profiles;
        this.publisher = publisher;
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return announcePending()
                .onFailure()
                .invoke(e -> LOG.warnf("account deletions not announced yet: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }

    public Uni<Void> announcePending() {
        return Panache.withSession(
                        () -> profiles.list("deletedAt is not null and deletionAnnouncedAt is null order by deletedAt"))
                .flatMap(this::announce);
    }

    private Uni<Void> announce(List<UserProfile> pending) {
        return Multi.createFrom()
                .iterable(pending)
                .onItem()
                .transformToUniAndConcatenate(profile -> publisher
                        .publish(AccountDeleted.of(profile.subject, profile.userType))
                        .flatMap(ignored -> Panache.withTransaction(() -> profiles.update(
                                "deletionAnnouncedAt = ?1 where subject = ?2", OffsetDateTime.now(), profile.subject))))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
